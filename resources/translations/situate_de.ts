<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Made with Situate</source>
        <translation>Erstellt mit Situate</translation>
    </message>
    <message>
        <source>Save %1 as SVG</source>
        <translation>%1 als SVG speichern</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>%1 als PNG speichern</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Situate</source>
        <translation>Situate</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonymisierung</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Edit research question</source>
        <translation>Forschungsfrage bearbeiten</translation>
    </message>
    <message>
        <source>Add research question</source>
        <translation>Forschungsfrage hinzufügen</translation>
    </message>
    <message>
        <source>e.g. RQ3</source>
        <translation>z. B. FF3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Kurztitel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>situate::AgreementChoices</name>
    <message>
        <source>Tick the coders to compare. The first ticked coder is &quot;first&quot;, the second &quot;second&quot;; drag to change the order.</source>
        <translation>Haken Sie die zu vergleichenden Codierer an. Der erste angehakte ist der „erste“, der zweite der „zweite“; ziehen Sie, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Each character is coded or not by each coder (NVivo&apos;s coding comparison). Two coders.</source>
        <translation>Jedes Zeichen ist von jedem Codierer codiert oder nicht (Codierungsvergleich von NVivo). Zwei Codierer.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A coded segment agrees when the other coder&apos;s segment of the same code overlaps it enough (MAXQDA&apos;s segment agreement). Two coders.</source>
        <translation>Ein codiertes Segment stimmt überein, wenn das Segment des anderen Codierers mit demselben Code es ausreichend überlappt (Segmentübereinstimmung von MAXQDA). Zwei Codierer.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Each document is one unit: is the code present, or which level of a group?</source>
        <translation>Jedes Dokument ist eine Einheit: Ist der Code vorhanden, oder welche Stufe einer Gruppe?</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Each non-blank line is one unit: is the code present, or which level of a group?</source>
        <translation>Jede nicht leere Zeile ist eine Einheit: Ist der Code vorhanden, oder welche Stufe einer Gruppe?</translation>
    </message>
    <message>
        <source>Speaker turn</source>
        <translation>Sprecherbeitrag</translation>
    </message>
    <message>
        <source>Each speaker turn or caption cue is one unit: is the code present, or which level of a group?</source>
        <translation>Jeder Sprecherbeitrag oder Untertitel ist eine Einheit: Ist der Code vorhanden, oder welche Stufe einer Gruppe?</translation>
    </message>
    <message>
        <source>A code whose child codes are mutually exclusive values (e.g. maturity levels). Without one, each code is compared as present or absent.</source>
        <translation>Ein Code, dessen Untercodes einander ausschließende Werte sind (z. B. Reifegrade). Ohne Gruppe wird jeder Code als vorhanden oder nicht vorhanden verglichen.</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Ordinal</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>How far apart two values are for Krippendorff&apos;s alpha. Ordinal and interval use the child codes&apos; order in the codebook, never their names.</source>
        <translation>Wie weit zwei Werte für Krippendorffs Alpha auseinanderliegen. Ordinal und Intervall folgen der Reihenfolge der Untercodes im Codebuch, nie ihren Namen.</translation>
    </message>
    <message>
        <source> % of the longer</source>
        <translation> % des längeren</translation>
    </message>
    <message>
        <source>Two segments agree when they share at least this share of the longer segment&apos;s characters.</source>
        <translation>Zwei Segmente stimmen überein, wenn sie mindestens diesen Anteil der Zeichen des längeren Segments teilen.</translation>
    </message>
    <message>
        <source>All codes the coders applied</source>
        <translation>Alle vergebenen Codes</translation>
    </message>
    <message>
        <source>Codes ticked below</source>
        <translation>Die unten angehakten Codes</translation>
    </message>
    <message>
        <source>Documents the coders coded</source>
        <translation>Die codierten Dokumente</translation>
    </message>
    <message>
        <source>Documents ticked below</source>
        <translation>Die unten angehakten Dokumente</translation>
    </message>
    <message>
        <source>Character and segment units: the documents every chosen coder coded. Document, paragraph and turn units: the documents any of them coded.</source>
        <translation>Zeichen- und Segmenteinheiten: die Dokumente, die jeder gewählte Codierer codiert hat. Dokument-, Absatz- und Sprecherbeitragseinheiten: die Dokumente, die einer von ihnen codiert hat.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Messniveau</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>None: code presence</source>
        <translation>Keine (Vorhandensein)</translation>
    </message>
    <message>
        <source>Agreement needs a project with at least two coders.</source>
        <translation>Die Übereinstimmung braucht ein Projekt mit mindestens zwei Codierern.</translation>
    </message>
    <message>
        <source>Tick at least two coders.</source>
        <translation>Haken Sie mindestens zwei Codierer an.</translation>
    </message>
    <message>
        <source>The %1 unit compares exactly two coders: tick two.</source>
        <translation>Die Einheit %1 vergleicht genau zwei Codierer: Haken Sie zwei an.</translation>
    </message>
    <message>
        <source>Tick at least one code, or compare all codes.</source>
        <translation>Haken Sie mindestens einen Code an, oder vergleichen Sie alle Codes.</translation>
    </message>
    <message>
        <source>Tick at least one document, or compare all documents.</source>
        <translation>Haken Sie mindestens ein Dokument an, oder vergleichen Sie alle Dokumente.</translation>
    </message>
    <message>
        <source>With a group, its child codes are compared.</source>
        <translation>Mit einer Gruppe werden ihre Untercodes verglichen.</translation>
    </message>
    <message>
        <source>Tick two or more; drag to reorder.</source>
        <translation>Zwei oder mehr anhaken; ziehen zum Sortieren.</translation>
    </message>
    <message>
        <source>Disagreements: %1 (first) vs %2 (second).</source>
        <translation>Abweichungen: %1 (erster) gegen %2 (zweiter).</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Zu vergleichende Codierer</translation>
    </message>
    <message>
        <source>Minimum overlap</source>
        <translation>Mindestüberlappung</translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation>Zu vergleichende Codes</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>Zu vergleichende Dokumente</translation>
    </message>
</context>
<context>
    <name>situate::AgreementReason</name>
    <message>
        <source>no characters to compare</source>
        <translation>keine Zeichen zu vergleichen</translation>
    </message>
    <message>
        <source>no variation: both coders coded every character</source>
        <translation>keine Variation: beide Codierer haben jedes Zeichen codiert</translation>
    </message>
    <message>
        <source>no variation: neither coder coded any character</source>
        <translation>keine Variation: keiner der beiden Codierer hat ein Zeichen codiert</translation>
    </message>
    <message>
        <source>no unit was coded by both coders</source>
        <translation>keine Einheit wurde von beiden Codierern codiert</translation>
    </message>
    <message>
        <source>no variation: both coders gave every unit the same value</source>
        <translation>keine Variation: beide Codierer haben jeder Einheit denselben Wert gegeben</translation>
    </message>
    <message>
        <source>no unit has values from two coders</source>
        <translation>keine Einheit hat Werte von zwei Codierern</translation>
    </message>
    <message>
        <source>no variation: every pairable value is the same</source>
        <translation>keine Variation: alle paarbaren Werte sind gleich</translation>
    </message>
    <message>
        <source>needs at least two coders</source>
        <translation>braucht mindestens zwei Codierer</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa compares exactly two coders</source>
        <translation>Cohens Kappa vergleicht genau zwei Codierer</translation>
    </message>
    <message>
        <source>weighted kappa compares exactly two coders</source>
        <translation>das gewichtete Kappa vergleicht genau zwei Codierer</translation>
    </message>
    <message>
        <source>weighted kappa needs at least two ordered categories</source>
        <translation>das gewichtete Kappa braucht mindestens zwei geordnete Kategorien</translation>
    </message>
    <message>
        <source>Scott&apos;s pi compares exactly two coders</source>
        <translation>Scotts Pi vergleicht genau zwei Codierer</translation>
    </message>
    <message>
        <source>no variation: every coder gave every unit the same value</source>
        <translation>keine Variation: jeder Codierer hat jeder Einheit denselben Wert gegeben</translation>
    </message>
    <message>
        <source>needs at least two categories</source>
        <translation>braucht mindestens zwei Kategorien</translation>
    </message>
    <message>
        <source>no categories</source>
        <translation>keine Kategorien</translation>
    </message>
    <message>
        <source>alpha is undefined</source>
        <translation>Alpha ist nicht definiert</translation>
    </message>
    <message>
        <source>no unit was coded by all %1 coders</source>
        <translation>keine Einheit wurde von allen %1 Codierern codiert</translation>
    </message>
    <message>
        <source>too few pairable units to resample (%1)</source>
        <translation>zu wenige paarbare Einheiten für das Resampling (%1)</translation>
    </message>
    <message>
        <source>alpha was undefined in %1 of %2 resamples (no variation)</source>
        <translation>Alpha war in %1 von %2 Resamples nicht definiert (keine Variation)</translation>
    </message>
    <message>
        <source>no segments: neither coder applied the code</source>
        <translation>keine Segmente: keiner der beiden Codierer hat den Code vergeben</translation>
    </message>
    <message>
        <source>only one code compared: chance agreement 1/k is 1</source>
        <translation>nur ein Code verglichen: die Zufallsübereinstimmung 1/k ist 1</translation>
    </message>
</context>
<context>
    <name>situate::AgreementTable</name>
    <message>
        <source> Rough reading (Landis &amp; Koch 1977): below 0.40 poor to fair, 0.41-0.60 moderate, 0.61-0.80 substantial, above 0.80 almost perfect.</source>
        <translation> Grobe Einordnung (Landis &amp; Koch 1977): unter 0,40 schwach bis ausreichend, 0,41-0,60 mittel, 0,61-0,80 substanziell, über 0,80 nahezu perfekt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code compared (only its own codings, not its sub-codes&apos;). Unfold a code for its rows per document.</source>
        <translation>Der verglichene Code (nur seine eigenen Codierungen, nicht die seiner Untercodes). Klappen Sie einen Code für seine Zeilen je Dokument auf.</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% Übereinstimmung</translation>
    </message>
    <message>
        <source>(both + neither) / n. High whenever a code is rare, because most characters are coded by neither: read it with kappa and alpha.</source>
        <translation>(beide + keiner) / n. Hoch, sobald ein Code selten ist, weil die meisten Zeichen von keinem codiert sind: zusammen mit Kappa und Alpha lesen.</translation>
    </message>
    <message>
        <source>agreements / (agreements + only first + only second).</source>
        <translation>Übereinstimmungen / (Übereinstimmungen + nur erster + nur zweiter).</translation>
    </message>
    <message>
        <source>Share of the complete units on which the coders agree (the mean over coder pairs with three or more coders).</source>
        <translation>Anteil der vollständigen Einheiten, in denen die Codierer übereinstimmen (bei drei oder mehr Codierern der Mittelwert über die Codiererpaare).</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>1 - observed / expected disagreement, chance from the coders&apos; pooled values; uses every pairable value, missing values allowed. Krippendorff (2004): rely on α ≥ 0.800, draw tentative conclusions from α ≥ 0.667.</source>
        <translation>1 - beobachtete / erwartete Abweichung, Zufall aus den gepoolten Werten der Codierer; nutzt jeden paarbaren Wert, fehlende Werte erlaubt. Krippendorff (2004): auf α ≥ 0,800 verlassen, vorläufige Schlüsse ab α ≥ 0,667 ziehen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Characters compared: the document&apos;s length in code points (a code&apos;s row: the documents&apos; total length).</source>
        <translation>Verglichene Zeichen: die Länge des Dokuments in Codepunkten (Zeile eines Codes: die Gesamtlänge der Dokumente).</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Characters both coders coded.</source>
        <translation>Zeichen, die beide Codierer codiert haben.</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Characters only %1 (the first coder) coded.</source>
        <translation>Zeichen, die nur %1 (der erste Codierer) codiert hat.</translation>
    </message>
    <message>
        <source>Characters only %1 (the second coder) coded.</source>
        <translation>Zeichen, die nur %1 (der zweite Codierer) codiert hat.</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Characters neither coder coded.</source>
        <translation>Zeichen, die kein Codierer codiert hat.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Agreement beyond chance on the two coded/uncoded sequences, chance from each coder&apos;s own rate: (pₒ - pₑ) / (1 - pₑ).</source>
        <translation>Übereinstimmung über den Zufall hinaus auf den zwei Folgen codiert/nicht codiert, Zufall aus der eigenen Rate jedes Codierers: (pₒ - pₑ) / (1 - pₑ).</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Übereinstimmungen</translation>
    </message>
    <message>
        <source>Pairs of segments, one per coder, sharing at least %1% of the longer segment&apos;s characters (matched one to one).</source>
        <translation>Segmentpaare, eines je Codierer, die mindestens %1 % der Zeichen des längeren Segments teilen (eins zu eins zugeordnet).</translation>
    </message>
    <message>
        <source>Segments of %1 (the first coder) with no matching segment.</source>
        <translation>Segmente von %1 (dem ersten Codierer) ohne passendes Segment.</translation>
    </message>
    <message>
        <source>Segments of %1 (the second coder) with no matching segment.</source>
        <translation>Segmente von %1 (dem zweiten Codierer) ohne passendes Segment.</translation>
    </message>
    <message>
        <source>Brennan-Prediger κ</source>
        <translation>Brennan-Prediger-κ</translation>
    </message>
    <message>
        <source>(p - 1/k) / (1 - 1/k) with chance 1/k, k = %1 codes compared in this run (Brennan &amp; Prediger 1981, as in MAXQDA).</source>
        <translation>(p - 1/k) / (1 - 1/k) mit Zufall 1/k, k = %1 in diesem Lauf verglichene Codes (Brennan &amp; Prediger 1981, wie in MAXQDA).</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Each code compared as present or absent in a unit.</source>
        <translation>Jeder Code als in einer Einheit vorhanden oder nicht vorhanden verglichen.</translation>
    </message>
    <message>
        <source>The group&apos;s child codes are the values; a unit where a coder applied two of them is flagged and left out.</source>
        <translation>Die Untercodes der Gruppe sind die Werte; eine Einheit, in der ein Codierer zwei davon vergeben hat, wird markiert und ausgelassen.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Units with a value from at least one coder.</source>
        <translation>Einheiten mit einem Wert von mindestens einem Codierer.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Units with a value from every coder: the units percent agreement, Cohen, Scott, Fleiss and Brennan-Prediger use.</source>
        <translation>Einheiten mit einem Wert von jedem Codierer: die Einheiten, die prozentuale Übereinstimmung, Cohen, Scott, Fleiss und Brennan-Prediger verwenden.</translation>
    </message>
    <message>
        <source>Pairable</source>
        <translation>Paarbar</translation>
    </message>
    <message>
        <source>Units with values from at least two coders: the units alpha uses.</source>
        <translation>Einheiten mit Werten von mindestens zwei Codierern: die Einheiten, die Alpha verwendet.</translation>
    </message>
    <message>
        <source>Agreement beyond chance, chance from each coder&apos;s own distribution of values.</source>
        <translation>Übereinstimmung über den Zufall hinaus, Zufall aus der eigenen Werteverteilung jedes Codierers.</translation>
    </message>
    <message>
        <source>Scott&apos;s π</source>
        <translation>Scotts π</translation>
    </message>
    <message>
        <source>Agreement beyond chance, chance from the coders&apos; pooled distribution of values.</source>
        <translation>Übereinstimmung über den Zufall hinaus, Zufall aus der gepoolten Werteverteilung der Codierer.</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss’ κ</translation>
    </message>
    <message>
        <source>Scott&apos;s pi generalised to two or more coders (Fleiss 1971), on the complete units.</source>
        <translation>Scotts Pi, auf zwei oder mehr Codierer verallgemeinert (Fleiss 1971), auf den vollständigen Einheiten.</translation>
    </message>
    <message>
        <source>(p - 1/q) / (1 - 1/q), chance 1/q with q = %1 possible values.</source>
        <translation>(p - 1/q) / (1 - 1/q), Zufall 1/q mit q = %1 möglichen Werten.</translation>
    </message>
    <message>
        <source>α 95% CI</source>
        <translation>95-%-KI von α</translation>
    </message>
    <message>
        <source>Bootstrap interval for alpha: %1.</source>
        <translation>Bootstrap-Intervall für Alpha: %1.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source> (overlap %1%)</source>
        <translation> (Überlappung %1 %)</translation>
    </message>
    <message>
        <source>%1 · %2 unit · %3</source>
        <translation>%1 · Einheit %2 · %3</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> gegen </translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source> · group %1 (%2 level)</source>
        <translation> · Gruppe %1 (Messniveau %2)</translation>
    </message>
    <message>
        <source>All codes: %1% agreement</source>
        <translation>Alle Codes: %1 % Übereinstimmung</translation>
    </message>
    <message>
        <source> · Cohen&apos;s κ %1 · Krippendorff&apos;s α %2</source>
        <translation> · Cohens κ %1 · Krippendorffs α %2</translation>
    </message>
    <message>
        <source> · Brennan-Prediger κ %1</source>
        <translation> · Brennan-Prediger-κ %1</translation>
    </message>
    <message>
        <source>%1% agreement · Fleiss&apos; κ %2 · Krippendorff&apos;s α %3</source>
        <translation>%1 % Übereinstimmung · Fleiss’ κ %2 · Krippendorffs α %3</translation>
    </message>
    <message>
        <source>Each code compared as present or absent in each %1; select a code for its disagreements.</source>
        <translation>Jeder Code als in jedem %1 vorhanden oder nicht vorhanden verglichen; wählen Sie einen Code für seine Abweichungen.</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b26b00&quot;&gt;%1 flagged and left out (hover for the list)&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b26b00&quot;&gt;%1 markiert und ausgelassen (Maus darüber für die Liste)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Every code in every document, the counts summed (never an average of the coefficients).</source>
        <translation>Jeder Code in jedem Dokument, die Zählungen summiert (nie ein Mittel der Koeffizienten).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>from %1 resamples with a defined alpha</source>
        <translation>aus %1 Stichprobenwiederholungen mit definiertem Alpha</translation>
    </message>
    <message>
        <source>character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>speaker turn</source>
        <translation>Sprecherbeitrag</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>Übereinstimmung je Code</translation>
    </message>
</context>
<context>
    <name>situate::AgreementView</name>
    <message>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abweichungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A compared coder no longer exists.</source>
        <translation>Ein verglichener Codierer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disagreements&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;%2 · %3 vs %4&lt;/span&gt;</source>
        <translation>&lt;b&gt;Abweichungen&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;%2 · %3 gegen %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>keine hier</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>places</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Select a disagreement to compare the two codings side by side.</source>
        <translation>Wählen Sie eine Abweichung, um die beiden Codierungen nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>nothing of this code here yet (not settled, or settled as nothing)</source>
        <translation>noch nichts von diesem Code hier (nicht entschieden, oder als nichts entschieden)</translation>
    </message>
    <message>
        <source>%1&apos;s coding</source>
        <translation>Codierung von %1</translation>
    </message>
    <message>
        <source>both coders&apos; codings</source>
        <translation>die Codierungen beider Codierer</translation>
    </message>
    <message>
        <source>a coding that differs from both coders&apos;</source>
        <translation>eine Codierung, die von beiden Codierern abweicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the coders compared: compare two other coders to settle their disagreements in it.</source>
        <translation>„%1“ ist einer der verglichenen Codierer: Vergleichen Sie zwei andere Codierer, um deren Abweichungen darin zu entscheiden.</translation>
    </message>
    <message>
        <source>Accept %1&apos;s coding of %2</source>
        <translation>Codierung von %1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>Keep both codings of %1</source>
        <translation>Beide Codierungen von %1 behalten</translation>
    </message>
    <message>
        <source>Drop both codings of %1</source>
        <translation>Beide Codierungen von %1 verwerfen</translation>
    </message>
    <message>
        <source>Could not settle this disagreement: %1</source>
        <translation>Diese Abweichung kann nicht entschieden werden: %1</translation>
    </message>
    <message>
        <source>%1 (undo with Ctrl+Z).</source>
        <translation>%1 (rückgängig mit Strg+Z).</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Compare the ticked coders with these choices.</source>
        <translation>Die angehakten Codierer mit dieser Auswahl vergleichen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Write every row of the agreement table to a CSV file, undefined values empty with their reasons in a notes column.</source>
        <translation>Jede Zeile der Übereinstimmungstabelle in eine CSV-Datei schreiben, nicht definierte Werte leer, mit ihren Gründen in einer Spalte für Anmerkungen.</translation>
    </message>
    <message>
        <source>Export disagreements…</source>
        <translation>Abweichungen exportieren…</translation>
    </message>
    <message>
        <source>Write the disagreements listed below, with each coder&apos;s ranges and the text, to a CSV file.</source>
        <translation>Die unten aufgeführten Abweichungen mit den Bereichen jedes Codierers und dem Text in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Go to the next one after settling</source>
        <translation>Nach dem Entscheiden zur nächsten springen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechnung…</translation>
    </message>
    <message>
        <source>Could not compute agreement: %1.</source>
        <translation>Die Übereinstimmung kann nicht berechnet werden: %1.</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
    <message>
        <source>Computed in %1 s.</source>
        <translation>In %1 s berechnet.</translation>
    </message>
    <message>
        <source>Ready: press Compute.</source>
        <translation>Bereit: Klicken Sie auf Berechnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inter-coder agreement&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;Tick two or more coders, choose the unit and press Compute. Then select a row to review its disagreements.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Intercoder-Übereinstimmung&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;Haken Sie zwei oder mehr Codierer an, wählen Sie die Einheit und klicken Sie auf Berechnen. Wählen Sie dann eine Zeile, um ihre Abweichungen zu prüfen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b26b00&quot;&gt;the codings changed since: press Compute to update&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b26b00&quot;&gt;die Codierungen haben sich seitdem geändert: Klicken Sie auf Berechnen, um zu aktualisieren&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1, unit %2: %3 applied %4</source>
        <translation>%1, Einheit %2: %3 hat %4 vergeben</translation>
    </message>
    <message>
        <source>Compute agreement first: there is no table to export.</source>
        <translation>Berechnen Sie zuerst die Übereinstimmung: Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Compute agreement first: there are no disagreements to export.</source>
        <translation>Berechnen Sie zuerst die Übereinstimmung: Es gibt keine Abweichungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>%1 wird nach %2 geschrieben…</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not export the disagreements: %1</source>
        <translation>Die Abweichungen können nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Export agreement table</source>
        <translation>Übereinstimmungstabelle exportieren</translation>
    </message>
    <message>
        <source>Export disagreements</source>
        <translation>Abweichungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>situate::AnalysisDocksController</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Frequency matrix</source>
        <translation>Häufigkeitsmatrix</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Coded extracts</source>
        <translation>Codierte Auszüge</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Coding query</source>
        <translation>Codierungsabfrage</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>Export query result</source>
        <translation>Abfrageergebnis exportieren</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>situate::BackupController</name>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>No backup was taken on opening: %1</source>
        <translation>Beim Öffnen wurde keine Sicherung angelegt: %1</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet (they are kept in %2).</source>
        <translation>Es gibt noch keine Sicherungen von %1 (sie liegen in %2).</translation>
    </message>
    <message>
        <source>Replace the content of %1 with the backup %2? The current content is kept as a backup first, and the undo history is cleared.</source>
        <translation>Den Inhalt von %1 durch die Sicherung %2 ersetzen? Der aktuelle Inhalt wird zuerst als Sicherung behalten, und der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored %1; the previous content is kept as %2</source>
        <translation>%1 wiederhergestellt; der vorherige Inhalt ist als %2 behalten</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restore cancelled: the project is unchanged.</source>
        <translation>Wiederherstellung abgebrochen: Das Projekt ist unverändert.</translation>
    </message>
</context>
<context>
    <name>situate::BackupDialog</name>
    <message>
        <source>Restore backup of %1</source>
        <translation>Sicherung von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Situate keeps a copy of the project each time it is opened and has changed. Restoring replaces the project&apos;s content with the chosen copy; the current content is kept as a backup first.</source>
        <translation>Situate behält bei jedem Öffnen eine Kopie des Projekts, wenn es sich geändert hat. Das Wiederherstellen ersetzt den Inhalt des Projekts durch die gewählte Kopie; der aktuelle Inhalt wird zuerst als Sicherung behalten.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>situate::CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Cases and attributes</source>
        <translation>Fälle und Attribute</translation>
    </message>
</context>
<context>
    <name>situate::ChartView</name>
    <message>
        <source>codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>across cases (CoPs)</source>
        <translation>über Fälle (CoPs)</translation>
    </message>
    <message>
        <source>across research questions</source>
        <translation>über Forschungsfragen</translation>
    </message>
    <message>
        <source>coverage %</source>
        <translation>Abdeckung %</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Untercodes einbeziehen</translation>
    </message>
    <message>
        <source>Roll up questions</source>
        <translation>Fragen zusammenfassen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image.</source>
        <translation>Das Diagramm als Bild speichern.</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the chart as scalable vector graphics, for reports.</source>
        <translation>Das Diagramm als Vektorgrafik speichern, für Berichte.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Noch nichts darzustellen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>coverage (% of the text)</source>
        <translation>Abdeckung (% des Textes)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>per case</source>
        <translation>je Fall</translation>
    </message>
    <message>
        <source>per research question</source>
        <translation>je Forschungsfrage</translation>
    </message>
    <message>
        <source>Total over the project: %1%2. A coding in a document of two cases, or of a code linked to two questions, is in both bars.</source>
        <translation>Gesamt über das Projekt: %1%2. Eine Codierung in einem Dokument zweier Fälle oder eines mit zwei Fragen verknüpften Codes steht in beiden Balken.</translation>
    </message>
    <message>
        <source> (with sub-codes)</source>
        <translation> (mit Untercodes)</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>situate::CodeDetails</name>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Was der Code bedeutet</translation>
    </message>
    <message>
        <source>Code a passage when…</source>
        <translation>Eine Passage codieren, wenn…</translation>
    </message>
    <message>
        <source>Do not code when…</source>
        <translation>Nicht codieren, wenn…</translation>
    </message>
    <message>
        <source>A typical quote</source>
        <translation>Ein typisches Zitat</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>ToC</source>
        <translation>WM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschluss</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Select a code to see its definition</source>
        <translation>Wählen Sie einen Code, um seine Definition zu sehen</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Codefarbe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Research questions of the code</source>
        <translation>Forschungsfragen des Codes</translation>
    </message>
</context>
<context>
    <name>situate::CodeWithPopup</name>
    <message>
        <source>Code with</source>
        <translation>Codieren mit</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name, move with the arrow keys, press Enter to choose the code or Escape to close.</source>
        <translation>Tippen Sie einen Teil des Codenamens, bewegen Sie sich mit den Pfeiltasten, drücken Sie die Eingabetaste, um den Code zu wählen, oder Escape zum Schließen.</translation>
    </message>
    <message>
        <source>Type to filter the codes</source>
        <translation>Tippen, um die Codes zu filtern</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Codes filtern</translation>
    </message>
    <message>
        <source>Lists the codes whose path contains what is typed, in any case.</source>
        <translation>Listet die Codes, deren Pfad das Getippte enthält, ohne Rücksicht auf Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Passende Codes</translation>
    </message>
    <message>
        <source>Enter codes with the current one.</source>
        <translation>Die Eingabetaste codiert mit dem ausgewählten Code.</translation>
    </message>
</context>
<context>
    <name>situate::CodebookPanel</name>
    <message>
        <source>Filter codes</source>
        <translation>Codes filtern</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>Neuer Untercode</translation>
    </message>
    <message>
        <source>Show coded extracts</source>
        <translation>Codierte Auszüge anzeigen</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>Auf oberste Ebene verschieben</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Quick key</source>
        <translation>Schnelltaste</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>The code tree with each code&apos;s count of codings</source>
        <translation>Der Codebaum mit der Zahl der Codierungen je Code</translation>
    </message>
</context>
<context>
    <name>situate::CoderFilterButton</name>
    <message>
        <source>Count only the codings of the ticked coders (none ticked: all coders).</source>
        <translation>Nur die Codierungen der angehakten Codierer zählen (keiner angehakt: alle Codierer).</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierer</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Codierer: %1</translation>
    </message>
    <message>
        <source>%1 of %2 coders</source>
        <translation>%1 von %2 Codierern</translation>
    </message>
</context>
<context>
    <name>situate::CodingController</name>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codieren</translation>
    </message>
    <message>
        <source>Code selection with &amp;current code</source>
        <translation>Auswahl mit &amp;aktuellem Code codieren</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Code &amp;in vivo</source>
        <translation>&amp;In vivo codieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Code speaker &amp;turn with current code</source>
        <translation>Sprecher&amp;beitrag mit aktuellem Code codieren</translation>
    </message>
    <message>
        <source>Code &amp;paragraph with current code</source>
        <translation>&amp;Absatz mit aktuellem Code codieren</translation>
    </message>
    <message>
        <source>&amp;Recent codes</source>
        <translation>&amp;Zuletzt verwendete Codes</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codieren</translation>
    </message>
    <message>
        <source> Coding as: </source>
        <translation> Codiert als: </translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Anzeigen: </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings while you code</source>
        <translation>Die Codierungen anderer Codierer beim Codieren ausblenden</translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation>Zuletzt verwendete Codes</translation>
    </message>
    <message>
        <source>No code on quick key %1 (assign one from the codebook&apos;s context menu)</source>
        <translation>Kein Code auf Schnelltaste %1 (weisen Sie einen über das Kontextmenü des Codebuchs zu)</translation>
    </message>
    <message>
        <source>Select some text in the transcript first.</source>
        <translation>Wählen Sie zuerst Text im Transkript aus.</translation>
    </message>
    <message>
        <source>Choose a code first.</source>
        <translation>Wählen Sie zuerst einen Code.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;</source>
        <translation>„%1“ codieren</translation>
    </message>
    <message>
        <source>Coded with %1</source>
        <translation>Mit %1 codiert</translation>
    </message>
    <message>
        <source>Coding with %1 waits for the server (see above)</source>
        <translation>Die Codierung mit %1 wartet auf den Server (siehe oben)</translation>
    </message>
    <message>
        <source>Select the words to use as the code&apos;s name.</source>
        <translation>Wählen Sie die Wörter, die als Name des Codes dienen sollen.</translation>
    </message>
    <message>
        <source>The selection has no words to name a code.</source>
        <translation>Die Auswahl enthält keine Wörter, um einen Code zu benennen.</translation>
    </message>
    <message>
        <source>Code in vivo &quot;%1&quot;</source>
        <translation>„%1“ in vivo codieren</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Codierung entfernen</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>Memo der Codierung bearbeiten</translation>
    </message>
    <message>
        <source>Resize coding</source>
        <translation>Codierung anpassen</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Öffnen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <source>There is no text there to code.</source>
        <translation>Hier gibt es keinen Text zum Codieren.</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierer</translation>
    </message>
    <message>
        <source>My codings</source>
        <translation>Meine Codierungen</translation>
    </message>
    <message>
        <source>Code with &quot;%1&quot;</source>
        <translation>Mit „%1“ codieren</translation>
    </message>
    <message>
        <source>Code in vivo</source>
        <translation>In vivo codieren</translation>
    </message>
    <message>
        <source>Code this speaker turn</source>
        <translation>Diesen Sprecherbeitrag codieren</translation>
    </message>
    <message>
        <source>Code this paragraph</source>
        <translation>Diesen Absatz codieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>Anpassen…</translation>
    </message>
    <message>
        <source>Resize to selection</source>
        <translation>An die Auswahl anpassen</translation>
    </message>
    <message>
        <source>Choose the code to apply in the codebook first.</source>
        <translation>Wählen Sie zuerst im Codebuch den Code, der vergeben werden soll.</translation>
    </message>
    <message>
        <source>Auto-code %1 hit(s) with &quot;%2&quot;</source>
        <translation>%1 Treffer automatisch mit „%2“ codieren</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Memo der Codierung</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Coding as</source>
        <translation>Codiert als</translation>
    </message>
    <message>
        <source>The coder whose name new codings carry</source>
        <translation>Der Codierer, dessen Namen neue Codierungen tragen</translation>
    </message>
    <message>
        <source>Show codings of</source>
        <translation>Codierungen anzeigen von</translation>
    </message>
    <message>
        <source>Mark key quote</source>
        <translation>Als Schlüsselzitat markieren</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Schlüsselzitat-Markierung aufheben</translation>
    </message>
    <message>
        <source>★ Key quote</source>
        <translation>★ Schlüsselzitat</translation>
    </message>
</context>
<context>
    <name>situate::ConnectionBanner</name>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to the server.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht mit dem Server verbunden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trying to connect…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Situate tries again every few seconds.</source>
        <translation>Situate versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>Kept here and sent when the connection is back (nothing is lost):</source>
        <translation>Hier behalten und gesendet, sobald die Verbindung zurück ist (nichts geht verloren):</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>situate::DisagreementList</name>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
</context>
<context>
    <name>situate::DisagreementModel</name>
    <message>
        <source>Characters %1–%2: %3 coded by both, %4 only by %5, %6 only by %7</source>
        <translation>Zeichen %1–%2: %3 von beiden codiert, %4 nur von %5, %6 nur von %7</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>extent differs</source>
        <translation>Umfang weicht ab</translation>
    </message>
    <message>
        <source>✓ both</source>
        <translation>✓ beide</translation>
    </message>
    <message>
        <source>✓ edited</source>
        <translation>✓ bearbeitet</translation>
    </message>
    <message>
        <source>What the consensus coder has here: whose coding it took, or &quot;—&quot; when it has nothing of this code here (not settled yet, or settled as nothing).</source>
        <translation>Was der Konsens-Codierer hier hat: wessen Codierung er übernommen hat, oder „—“, wenn er hier nichts von diesem Code hat (noch nicht entschieden, oder als nichts entschieden).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>situate::DisagreementView</name>
    <message>
        <source>only %1 coded it</source>
        <translation>nur %1 hat sie codiert</translation>
    </message>
    <message>
        <source>both coded it, with different extents</source>
        <translation>von beiden codiert, mit unterschiedlichem Umfang</translation>
    </message>
    <message>
        <source>Accept &amp;first</source>
        <translation>&amp;Ersten übernehmen</translation>
    </message>
    <message>
        <source>Accept &amp;second</source>
        <translation>&amp;Zweiten übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Drop both</source>
        <translation>Beide &amp;verwerfen</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Im Dokument zeigen</translation>
    </message>
    <message>
        <source>Open the document in the workbench with this passage selected.</source>
        <translation>Das Dokument in der Arbeitsansicht öffnen, mit dieser Passage ausgewählt.</translation>
    </message>
    <message>
        <source>Select a disagreement to compare the two codings.</source>
        <translation>Wählen Sie eine Abweichung, um die beiden Codierungen zu vergleichen.</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>Erster Codierer</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Zweiter Codierer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:#7a808a&quot;&gt;characters %3–%4 · %5&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:#7a808a&quot;&gt;Zeichen %3–%4 · %5&lt;/span&gt;</translation>
    </message>
    <message>
        <source>first coder</source>
        <translation>erster Codierer</translation>
    </message>
    <message>
        <source>second coder</source>
        <translation>zweiter Codierer</translation>
    </message>
    <message>
        <source>no coding of this code here</source>
        <translation>keine Codierung dieses Codes hier</translation>
    </message>
    <message>
        <source>1 coding, </source>
        <translation>1 Codierung, </translation>
    </message>
    <message>
        <source>%1 codings, </source>
        <translation>%1 Codierungen, </translation>
    </message>
    <message>
        <source>%1 characters, %2 coded only by %3</source>
        <translation>%1 Zeichen, %2 nur von %3 codiert</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#7a808a&quot;&gt;%1%2 coded by both &amp;nbsp;&amp;nbsp; %3%4 only by the column&apos;s coder &amp;nbsp;&amp;nbsp; &lt;u&gt;dashed&lt;/u&gt;: only by the other coder&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#7a808a&quot;&gt;%1%2 von beiden codiert &amp;nbsp;&amp;nbsp; %3%4 nur vom Codierer der Spalte &amp;nbsp;&amp;nbsp; &lt;u&gt;gestrichelt&lt;/u&gt;: nur vom anderen Codierer&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consensus&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Konsens&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>The consensus coder takes %1&apos;s coding of this passage, replacing what it had here. One undoable step.</source>
        <translation>Der Konsens-Codierer übernimmt die Codierung dieser Passage von %1 und ersetzt, was er hier hatte. Ein rückgängig zu machender Schritt.</translation>
    </message>
    <message>
        <source>The consensus coder takes every character either coder coded here. One undoable step.</source>
        <translation>Der Konsens-Codierer übernimmt jedes Zeichen, das einer der beiden Codierer hier codiert hat. Ein rückgängig zu machender Schritt.</translation>
    </message>
    <message>
        <source>The consensus coder has nothing of this code here. One undoable step.</source>
        <translation>Der Konsens-Codierer hat hier nichts von diesem Code. Ein rückgängig zu machender Schritt.</translation>
    </message>
    <message>
        <source>First coder&apos;s coding</source>
        <translation>Codierung des ersten Codierers</translation>
    </message>
    <message>
        <source>Second coder&apos;s coding</source>
        <translation>Codierung des zweiten Codierers</translation>
    </message>
</context>
<context>
    <name>situate::DocumentHistoryDialog</name>
    <message>
        <source>Document History</source>
        <translation>Dokumentverlauf</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
</context>
<context>
    <name>situate::DocumentHistoryView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Ersetzungen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Removed and inserted count characters (code points). situate-cli documents history prints the same rows, in UTC.</source>
        <translation>Entfernt und Eingefügt zählen Zeichen (Codepunkte). situate-cli documents history gibt dieselben Zeilen aus, in UTC.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This document is no longer in the project.</source>
        <translation>Dieses Dokument ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>No edits since import.</source>
        <translation>Keine Änderungen seit dem Import.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) since import, oldest first.</source>
        <translation>
            <numerusform>%n Änderung seit dem Import, älteste zuerst.</numerusform>
            <numerusform>%n Änderungen seit dem Import, älteste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text edits of the document</source>
        <translation>Textänderungen des Dokuments</translation>
    </message>
</context>
<context>
    <name>situate::DocumentView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Kein Dokument ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not coded here.</source>
        <translation>Hier nicht codiert.</translation>
    </message>
    <message>
        <source>Coded: %1</source>
        <translation>Codiert: %1</translation>
    </message>
    <message>
        <source>%1 (key quote)</source>
        <translation>%1 (Schlüsselzitat)</translation>
    </message>
</context>
<context>
    <name>situate::DocumentsPanel</name>
    <message>
        <source>Filter documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>When the document&apos;s text was edited, by whom, and how much</source>
        <translation>Wann der Text des Dokuments bearbeitet wurde, von wem und wie viel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Document memo…</source>
        <translation>Dokument-Memo…</translation>
    </message>
    <message>
        <source>Remove from project…</source>
        <translation>Aus dem Projekt entfernen…</translation>
    </message>
    <message>
        <source>Not in a case</source>
        <translation>Ohne Fall</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2, %3 characters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2, %3 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents by case</source>
        <translation>Dokumente nach Fall</translation>
    </message>
</context>
<context>
    <name>situate::EditController</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>Im Dokument &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Search project</source>
        <translation>Im &amp;Projekt suchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Document &amp;History…</source>
        <translation>Dokument&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Open a document to see the history of its text.</source>
        <translation>Öffnen Sie ein Dokument, um den Verlauf seines Textes zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>Name of the new sub-code of %1:</source>
        <translation>Name des neuen Untercodes von %1:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New code &quot;%1&quot;</source>
        <translation>Neuer Code „%1“</translation>
    </message>
    <message>
        <source>Delete code &quot;%1&quot;</source>
        <translation>Code „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete it anyway? (Undo restores it.)</source>
        <translation>Trotzdem löschen? (Rückgängig stellt ihn wieder her.)</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Move code &quot;%1&quot;</source>
        <translation>Code „%1“ verschieben</translation>
    </message>
    <message>
        <source>Edit code &quot;%1&quot;</source>
        <translation>Code „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>Attribut setzen</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Name des Falls:</translation>
    </message>
    <message>
        <source>Add case &quot;%1&quot;</source>
        <translation>Fall „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Add attribute &quot;%1&quot;</source>
        <translation>Attribut „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add research question %1</source>
        <translation>Forschungsfrage %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit research question %1</source>
        <translation>Forschungsfrage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove it anyway? (Undo restores it.)</source>
        <translation>Trotzdem entfernen? (Rückgängig stellt es wieder her.)</translation>
    </message>
    <message>
        <source>Document memo</source>
        <translation>Dokument-Memo</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Edit document memo</source>
        <translation>Dokument-Memo bearbeiten</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in French, German, Dutch and other locales)</source>
        <translation>Semikolon (Tabellenkalkulationen auf Deutsch, Französisch, Niederländisch und in anderen Sprachen)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Separator in exported CSV files</source>
        <translation>Trennzeichen in exportierten CSV-Dateien</translation>
    </message>
    <message>
        <source>Transcript font</source>
        <translation>Schrift der Transkripte</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language shows when Situate is next started.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Situate.</translation>
    </message>
</context>
<context>
    <name>situate::EvaluationDocksController</name>
    <message>
        <source>E&amp;valuation</source>
        <translation>E&amp;valuation</translation>
    </message>
    <message>
        <source>Theory of change</source>
        <translation>Wirkungsmodell</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Evidence matrix</source>
        <translation>Evidenzmatrix</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Maturity ratings</source>
        <translation>Reifegradbewertungen</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>A report is already being written.</source>
        <translation>Ein Bericht wird bereits geschrieben.</translation>
    </message>
</context>
<context>
    <name>situate::EvidenceDelegate</name>
    <message>
        <source>no evidence</source>
        <translation>keine Evidenz</translation>
    </message>
    <message>
        <source>1 doc</source>
        <translation>1 Dok.</translation>
    </message>
    <message>
        <source>%1 docs</source>
        <translation>%1 Dok.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
</context>
<context>
    <name>situate::EvidenceModel</name>
    <message>
        <source>%1, all columns</source>
        <translation>%1, alle Spalten</translation>
    </message>
    <message>
        <source>No coded evidence yet.</source>
        <translation>Noch keine codierte Evidenz.</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>situate::EvidenceView</name>
    <message>
        <source>Research questions</source>
        <translation>Forschungsfragen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Theory-of-change elements</source>
        <translation>Elemente des Wirkungsmodells</translation>
    </message>
    <message>
        <source>Count sub-codes</source>
        <translation>Untercodes mitzählen</translation>
    </message>
    <message>
        <source>Research questions: codes under a linked code count too. Codes: a row also counts its sub-codes&apos; codings.</source>
        <translation>Forschungsfragen: Codes unter einem verknüpften Code zählen mit. Codes: Eine Zeile zählt auch die Codierungen ihrer Untercodes.</translation>
    </message>
    <message>
        <source>Select a cell to read its evidence.</source>
        <translation>Wählen Sie eine Zelle, um ihre Evidenz zu lesen.</translation>
    </message>
    <message>
        <source>Open in extracts browser</source>
        <translation>Im Auszugsbrowser öffnen</translation>
    </message>
    <message>
        <source>What does the evidence in this cell say? Your summary is saved in the project and goes into the report.</source>
        <translation>Was sagt die Evidenz in dieser Zelle? Ihre Zusammenfassung wird im Projekt gespeichert und fließt in den Bericht ein.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Analyst&apos;s summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zusammenfassung der Analyse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>CoPs (cases)</source>
        <translation>CoPs (Fälle)</translation>
    </message>
    <message>
        <source>Case attribute: %1</source>
        <translation>Fallattribut: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählung…</translation>
    </message>
    <message>
        <source>Could not build the matrix: %1</source>
        <translation>Die Matrix kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns · %3 without evidence</source>
        <translation>%1 Zeilen × %2 Spalten · %3 ohne Evidenz</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first.</source>
        <translation>Wählen Sie zuerst eine Zelle der Matrix.</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Zusammenfassung von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;No coded evidence yet: a gap.&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;Noch keine codierte Evidenz: eine Lücke.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;%2 from %3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;%2 aus %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Could not read the extracts: %1</source>
        <translation>Die Auszüge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Double-click to open it in the document.</source>
        <translation>Doppelklicken, um ihn im Dokument zu öffnen.</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>Evidence matrix</source>
        <translation>Evidenzmatrix</translation>
    </message>
    <message>
        <source>Theory-of-change elements by case, with the strength of the evidence</source>
        <translation>Elemente des Wirkungsmodells nach Fall, mit der Stärke der Evidenz</translation>
    </message>
    <message>
        <source>Extracts of the selected cell</source>
        <translation>Auszüge der gewählten Zelle</translation>
    </message>
    <message>
        <source>Summary of the selected cell</source>
        <translation>Zusammenfassung der gewählten Zelle</translation>
    </message>
    <message>
        <source>★ Key quote</source>
        <translation>★ Schlüsselzitat</translation>
    </message>
    <message>
        <source>Mark the selected extract as a key quote, or unmark it (Ctrl+K)</source>
        <translation>Den gewählten Auszug als Schlüsselzitat markieren oder die Markierung aufheben (Strg+K)</translation>
    </message>
    <message>
        <source>Mark or unmark as key quote</source>
        <translation>Als Schlüsselzitat markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Mark key quote</source>
        <translation>Als Schlüsselzitat markieren</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Schlüsselzitat-Markierung aufheben</translation>
    </message>
    <message>
        <source>A key quote. Double-click to open it in the document.</source>
        <translation>Ein Schlüsselzitat. Doppelklicken, um es im Dokument zu öffnen.</translation>
    </message>
</context>
<context>
    <name>situate::ExtractsBrowser</name>
    <message>
        <source>1 extract</source>
        <translation>1 Auszug</translation>
    </message>
    <message>
        <source>%1 extracts</source>
        <translation>%1 Auszüge</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Save every extract of this filter as CSV, one row per coding.</source>
        <translation>Jeden Auszug dieses Filters als CSV speichern, eine Zeile je Codierung.</translation>
    </message>
    <message>
        <source>Save every extract of this filter as an .xlsx sheet.</source>
        <translation>Jeden Auszug dieses Filters als .xlsx-Tabelle speichern.</translation>
    </message>
    <message>
        <source>Save an HTML report grouped by research question, code and case.</source>
        <translation>Einen HTML-Bericht speichern, gegliedert nach Forschungsfrage, Code und Fall.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not read the extracts&apos; texts: %1</source>
        <translation>Die Texte der Auszüge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select an extract to read it whole; double-click to open it in its document.</source>
        <translation>Wählen Sie einen Auszug, um ihn ganz zu lesen; doppelklicken Sie, um ihn in seinem Dokument zu öffnen.</translation>
    </message>
    <message>
        <source>Also filtered by: %1. Change any choice to filter by the choices alone.</source>
        <translation>Zusätzlich gefiltert nach: %1. Ändern Sie eine Auswahl, um nur nach der Auswahl zu filtern.</translation>
    </message>
    <message>
        <source>Retrieving extracts…</source>
        <translation>Auszüge werden geholt…</translation>
    </message>
    <message>
        <source>Cancelled: no extracts are listed.</source>
        <translation>Abgebrochen: Es sind keine Auszüge aufgeführt.</translation>
    </message>
    <message>
        <source>Could not list the extracts: %1</source>
        <translation>Die Auszüge können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Counting extracts…</source>
        <translation>Auszüge werden gezählt…</translation>
    </message>
    <message>
        <source>Listing the first documents&apos; extracts while the rest are counted…</source>
        <translation>Die Auszüge der ersten Dokumente werden aufgelistet, während der Rest gezählt wird…</translation>
    </message>
    <message>
        <source>The first documents&apos; extracts</source>
        <translation>Die Auszüge der ersten Dokumente</translation>
    </message>
    <message>
        <source>Cancelled: only the first documents&apos; extracts are listed.</source>
        <translation>Abgebrochen: Nur die Auszüge der ersten Dokumente sind aufgeführt.</translation>
    </message>
    <message>
        <source>Could not list every extract: %1</source>
        <translation>Es können nicht alle Auszüge aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 in 1 document.</source>
        <translation>%1 in 1 Dokument.</translation>
    </message>
    <message>
        <source>%1 in %2 documents.</source>
        <translation>%1 in %2 Dokumenten.</translation>
    </message>
    <message>
        <source> Double-click an extract to open it in its document.</source>
        <translation> Doppelklicken Sie auf einen Auszug, um ihn in seinem Dokument zu öffnen.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>Coded extracts: %1</source>
        <translation>Codierte Auszüge: %1</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Export extracts</source>
        <translation>Auszüge exportieren</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Coded extracts</source>
        <translation>Codierte Auszüge</translation>
    </message>
    <message>
        <source>The extract in its context</source>
        <translation>Der Auszug in seinem Kontext</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Save a Word document grouped by research question, code and case, each extract a quotation with its source.</source>
        <translation>Ein Word-Dokument speichern, gruppiert nach Forschungsfrage, Code und Fall, jeder Auszug ein Zitat mit seiner Quelle.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Mark or unmark as key quote</source>
        <translation>Als Schlüsselzitat markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Mark key quote</source>
        <translation>Als Schlüsselzitat markieren</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Schlüsselzitat-Markierung aufheben</translation>
    </message>
    <message>
        <source>Could not change the key quote: %1</source>
        <translation>Das Schlüsselzitat konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>situate::ExtractsFilter</name>
    <message>
        <source>Tick codes to list their extracts (none ticked: every code).</source>
        <translation>Haken Sie Codes an, um ihre Auszüge aufzulisten (keiner angehakt: alle Codes).</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Untercodes einbeziehen</translation>
    </message>
    <message>
        <source>Roll up to parent codes</source>
        <translation>Auf übergeordnete Codes zusammenfassen</translation>
    </message>
    <message>
        <source>Also list codings whose code&apos;s parent codes are linked to the question.</source>
        <translation>Auch Codierungen aufführen, deren übergeordnete Codes mit der Frage verknüpft sind.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Jeder Fall</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Jedes Dokument</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Jedes Attribut</translation>
    </message>
    <message>
        <source>Any question</source>
        <translation>Jede Frage</translation>
    </message>
    <message>
        <source>%1 (case)</source>
        <translation>%1 (Fall)</translation>
    </message>
    <message>
        <source>%1 (document)</source>
        <translation>%1 (Dokument)</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>Jeder Wert</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 Dokumente</translation>
    </message>
    <message>
        <source>several attribute conditions</source>
        <translation>mehrere Attributbedingungen</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source> (with sub-codes)</source>
        <translation> (mit Untercodes)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> (rolled up)</source>
        <translation> (zusammengefasst)</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>codiert von %1</translation>
    </message>
    <message>
        <source>Codes whose extracts are listed</source>
        <translation>Codes, deren Auszüge aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>situate::ExtractsModel</name>
    <message>
        <source>%1, code points %2–%3</source>
        <translation>%1, Codepunkte %2–%3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Extract in context</source>
        <translation>Auszug im Kontext</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Key quote (click or Ctrl+K to unmark)</source>
        <translation>Schlüsselzitat (Klick oder Strg+K zum Aufheben)</translation>
    </message>
    <message>
        <source>Not a key quote (click or Ctrl+K to mark)</source>
        <translation>Kein Schlüsselzitat (Klick oder Strg+K zum Markieren)</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Schlüsselzitat</translation>
    </message>
</context>
<context>
    <name>situate::FileCheck</name>
    <message>
        <source>Restore Backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2.&lt;/b&gt; Situate read it page by page after opening it. What can still be read is shown, but a change may fail or be lost: restore the newest backup (File &gt; Restore backup), or close the project and run &lt;tt&gt;situate-cli check&lt;/tt&gt; to see what is damaged.</source>
        <translation>&lt;b&gt;%1: %2.&lt;/b&gt; Situate hat die Datei nach dem Öffnen Seite für Seite gelesen. Was noch lesbar ist, wird angezeigt, aber eine Änderung kann fehlschlagen oder verloren gehen: Stellen Sie die neueste Sicherung wieder her (Datei &gt; Sicherung wiederherstellen), oder schließen Sie das Projekt und führen Sie &lt;tt&gt;situate-cli check&lt;/tt&gt; aus, um zu sehen, was beschädigt ist.</translation>
    </message>
</context>
<context>
    <name>situate::FileController</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import &amp;attribute sheet…</source>
        <translation>&amp;Attributtabelle importieren…</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>REFI-QDA importieren</translation>
    </message>
    <message>
        <source>Project (.qdpx, .qde)…</source>
        <translation>Projekt (.qdpx, .qde)…</translation>
    </message>
    <message>
        <source>Codebook (.qdc)…</source>
        <translation>Codebuch (.qdc)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA</source>
        <translation>REFI-QDA exportieren</translation>
    </message>
    <message>
        <source>Project (.qdpx)…</source>
        <translation>Projekt (.qdpx)…</translation>
    </message>
    <message>
        <source>Export &amp;codings (CSV)…</source>
        <translation>&amp;Codierungen exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export code&amp;book (CSV)…</source>
        <translation>Code&amp;buch exportieren (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Situate projects (*.situate)</source>
        <translation>Situate-Projekte (*.situate)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.md *.docx *.odt *.rtf *.pdf *.vtt *.srt)</source>
        <translation>Transkripte (*.txt *.md *.docx *.odt *.rtf *.pdf *.vtt *.srt)</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>No importable files found.</source>
        <translation>Keine importierbaren Dateien gefunden.</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Imported %1 document(s)</source>
        <translation>%1 Dokument(e) importiert</translation>
    </message>
    <message>
        <source>Import attribute sheet</source>
        <translation>Attributtabelle importieren</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Attribute importieren</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <source>Export codings</source>
        <translation>Codierungen exportieren</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Import REFI-QDA codebook</source>
        <translation>REFI-QDA-Codebuch importieren</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-Codebücher (*.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>REFI-QDA-Projekte (*.qdpx *.qde)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>REFI-QDA-Import</translation>
    </message>
    <message>
        <source>Export REFI-QDA codebook</source>
        <translation>REFI-QDA-Codebuch exportieren</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>This export cannot represent everything:

%1

Write it anyway?</source>
        <translation>Dieser Export kann nicht alles abbilden:

%1

Trotzdem schreiben?</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>Import abgebrochen: Das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>situate::HeatLegend</name>
    <message>
        <source>Cell colours: from the smallest count to the largest cell of the table (totals are not coloured).</source>
        <translation>Zellfarben: von der kleinsten Zahl bis zur größten Zelle der Tabelle (Summen sind nicht eingefärbt).</translation>
    </message>
</context>
<context>
    <name>situate::HelpController</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Situate</source>
        <translation>&amp;Über Situate</translation>
    </message>
    <message>
        <source>About Situate</source>
        <translation>Über Situate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Situate %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts for evaluation teams.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where your data is kept.&lt;/b&gt; A project is one file, wherever you saved it. Its automatic backups are kept beside it, in a folder of the project&apos;s name followed by &lt;tt&gt;.backups&lt;/tt&gt; (File &amp;gt; Restore backup lists them). Team projects live on their PostgreSQL server. Situate&apos;s own settings (window layout, recent projects, preferences) are in &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries.&lt;/b&gt; Qt %3 (LGPL 3; GPL 3 for Qt Charts), SQLite (public domain), Poppler (GPL 2 or 3), libzip (BSD), libxlsxwriter (BSD).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Situate %1&lt;/h3&gt;&lt;p&gt;Qualitative Codierung von Interviewtranskripten für Evaluationsteams.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wo Ihre Daten liegen.&lt;/b&gt; Ein Projekt ist eine einzige Datei, dort, wo Sie sie gespeichert haben. Ihre automatischen Sicherungen liegen daneben, in einem Ordner mit dem Namen des Projekts gefolgt von &lt;tt&gt;.backups&lt;/tt&gt; (Datei &amp;gt; Sicherung wiederherstellen listet sie auf). Teamprojekte liegen auf ihrem PostgreSQL-Server. Die eigenen Einstellungen von Situate (Fensteranordnung, zuletzt geöffnete Projekte, Einstellungen) liegen in &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotheken.&lt;/b&gt; Qt %3 (LGPL 3; GPL 3 für Qt Charts), SQLite (gemeinfrei), Poppler (GPL 2 oder 3), libzip (BSD), libxlsxwriter (BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>situate::KeyboardCoding</name>
    <message>
        <source>Code &amp;with…</source>
        <translation>Codieren &amp;mit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>C&amp;hange coding at cursor…</source>
        <translation>Codierung am Cursor ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Remo&amp;ve coding at cursor</source>
        <translation>Codierung am Cursor ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Next coding</source>
        <translation>&amp;Nächste Codierung</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Pre&amp;vious coding</source>
        <translation>&amp;Vorherige Codierung</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Öffnen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <source>The codebook has no codes yet.</source>
        <translation>Das Codebuch hat noch keine Codes.</translation>
    </message>
    <message>
        <source>There is no coding at the cursor to change.</source>
        <translation>Am Cursor gibt es keine Codierung zum Ändern.</translation>
    </message>
    <message>
        <source>Change the coding with %1 to:</source>
        <translation>Die Codierung mit %1 ändern in:</translation>
    </message>
    <message>
        <source>Select some text in the transcript first (Shift and the arrow keys select from the cursor).</source>
        <translation>Markieren Sie zuerst Text im Transkript (Umschalt und die Pfeiltasten markieren ab dem Cursor).</translation>
    </message>
    <message>
        <source>Code the selection with:</source>
        <translation>Die Auswahl codieren mit:</translation>
    </message>
    <message>
        <source>Choose a code first.</source>
        <translation>Wählen Sie zuerst einen Code.</translation>
    </message>
    <message>
        <source>Change coding to &quot;%1&quot;</source>
        <translation>Codierung in „%1“ ändern</translation>
    </message>
    <message>
        <source>Coding changed to %1</source>
        <translation>Codierung in %1 geändert</translation>
    </message>
    <message>
        <source>There is no coding at the cursor to remove.</source>
        <translation>Am Cursor gibt es keine Codierung zum Entfernen.</translation>
    </message>
    <message>
        <source>No coding after the cursor</source>
        <translation>Keine Codierung nach dem Cursor</translation>
    </message>
    <message>
        <source>No coding before the cursor</source>
        <translation>Keine Codierung vor dem Cursor</translation>
    </message>
    <message>
        <source>&amp;Key quote at cursor</source>
        <translation>Schlüssel&amp;zitat am Cursor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>There is no coding at the cursor to mark as a key quote.</source>
        <translation>Am Cursor ist keine Codierung, die als Schlüsselzitat markiert werden könnte.</translation>
    </message>
</context>
<context>
    <name>situate::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Updated with another coder&apos;s changes</source>
        <translation>Mit den Änderungen eines anderen Codierers aktualisiert</translation>
    </message>
    <message>
        <source>Coding as %1%2</source>
        <translation>Codiert als %1%2</translation>
    </message>
    <message>
        <source> (blind)</source>
        <translation> (blind)</translation>
    </message>
</context>
<context>
    <name>situate::ManualWindow</name>
    <message>
        <source>Situate User Manual</source>
        <translation>Situate-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>situate::MatrixChoices</name>
    <message>
        <source>Cases (CoPs)</source>
        <translation>Fälle (CoPs)</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Forschungsfragen</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Attributwerte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Codes (Überschneidung)</translation>
    </message>
    <message>
        <source>The case or document attribute whose values are the columns.</source>
        <translation>Das Fall- oder Dokumentattribut, dessen Werte die Spalten sind.</translation>
    </message>
    <message>
        <source>overlapping text</source>
        <translation>überlappender Text</translation>
    </message>
    <message>
        <source>same paragraph</source>
        <translation>gleicher Absatz</translation>
    </message>
    <message>
        <source>same speaker turn</source>
        <translation>gleicher Sprecherbeitrag</translation>
    </message>
    <message>
        <source>What counts as two codes occurring together: stretches of text coded with both, or paragraphs or speaker turns both codes touch.</source>
        <translation>Was als gemeinsames Auftreten zweier Codes zählt: Textstellen, die mit beiden codiert sind, oder Absätze oder Sprecherbeiträge, die beide Codes berühren.</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>The number of codings (segments).</source>
        <translation>Die Anzahl der Codierungen (Segmente).</translation>
    </message>
    <message>
        <source>Distinct documents with such a coding.</source>
        <translation>Verschiedene Dokumente mit einer solchen Codierung.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Distinct cases whose documents have such a coding.</source>
        <translation>Verschiedene Fälle, deren Dokumente eine solche Codierung haben.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Characters coded, each counted once however many codings cover it.</source>
        <translation>Codierte Zeichen, jedes einmal gezählt, gleich wie viele Codierungen es abdecken.</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Abdeckung %</translation>
    </message>
    <message>
        <source>Characters coded as a percentage of the column&apos;s text.</source>
        <translation>Codierte Zeichen als Prozentsatz des Textes der Spalte.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <source>Column %</source>
        <translation>Spalten-%</translation>
    </message>
    <message>
        <source>Row %: each cell as a share of its row&apos;s cells; column %: of its column&apos;s cells. Rows or columns then add up to 100.</source>
        <translation>Zeilen-%: jede Zelle als Anteil an den Zellen ihrer Zeile; Spalten-%: an denen ihrer Spalte. Zeilen bzw. Spalten ergeben dann 100.</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Untercodes einbeziehen</translation>
    </message>
    <message>
        <source>A code&apos;s row also counts the codings of its sub-codes.</source>
        <translation>Die Zeile eines Codes zählt auch die Codierungen seiner Untercodes.</translation>
    </message>
    <message>
        <source>Roll up questions</source>
        <translation>Fragen zusammenfassen</translation>
    </message>
    <message>
        <source>A coding also counts for the questions linked to its code&apos;s parent codes.</source>
        <translation>Eine Codierung zählt auch für die Fragen, die mit den übergeordneten Codes ihres Codes verknüpft sind.</translation>
    </message>
    <message>
        <source>Codes ×</source>
        <translation>Codes ×</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1 (case)</source>
        <translation>%1 (Fall)</translation>
    </message>
    <message>
        <source>%1 (document)</source>
        <translation>%1 (Dokument)</translation>
    </message>
</context>
<context>
    <name>situate::MatrixModel</name>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source> %  (count %1)</source>
        <translation> %  (Anzahl %1)</translation>
    </message>
    <message>
        <source>
Double-click to list the extracts.</source>
        <translation>
Doppelklicken, um die Auszüge aufzulisten.</translation>
    </message>
    <message>
        <source>The row&apos;s count over the whole filtered project, each unit once (not the sum of the cells when a coding is in several columns).</source>
        <translation>Die Anzahl der Zeile über das ganze gefilterte Projekt, jede Einheit einmal (nicht die Summe der Zellen, wenn eine Codierung in mehreren Spalten steht).</translation>
    </message>
    <message>
        <source>Total (any code)</source>
        <translation>Gesamt (jeder Code)</translation>
    </message>
    <message>
        <source>Per column, the codings of any code in the table, each counted once.</source>
        <translation>Je Spalte die Codierungen jedes Codes der Tabelle, jede einmal gezählt.</translation>
    </message>
    <message>
        <source>%1 and %2 (all their codings)</source>
        <translation>%1 und %2 (alle ihre Codierungen)</translation>
    </message>
</context>
<context>
    <name>situate::MatrixView</name>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers shown as a CSV file.</source>
        <translation>Die angezeigten Zahlen als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Save the numbers shown, and every count type on its own sheet, as an .xlsx workbook.</source>
        <translation>Die angezeigten Zahlen und jede Zählart auf einem eigenen Blatt als .xlsx-Arbeitsmappe speichern.</translation>
    </message>
    <message>
        <source>The project has no attributes yet.</source>
        <translation>Das Projekt hat noch keine Attribute.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählung…</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last result.</source>
        <translation>Abgebrochen; die Tabelle zeigt das letzte Ergebnis.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No project open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Projekt geöffnet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Co-occurring codes</source>
        <translation>Gemeinsam auftretende Codes</translation>
    </message>
    <message>
        <source>per case</source>
        <translation>je Fall</translation>
    </message>
    <message>
        <source>per research question (rolled up)</source>
        <translation>je Forschungsfrage (zusammengefasst)</translation>
    </message>
    <message>
        <source>per research question</source>
        <translation>je Forschungsfrage</translation>
    </message>
    <message>
        <source>per document</source>
        <translation>je Dokument</translation>
    </message>
    <message>
        <source>per coder</source>
        <translation>je Codierer</translation>
    </message>
    <message>
        <source>per value of %1</source>
        <translation>je Wert von %1</translation>
    </message>
    <message>
        <source> · row percentages</source>
        <translation> · Zeilenprozente</translation>
    </message>
    <message>
        <source> · column percentages</source>
        <translation> · Spaltenprozente</translation>
    </message>
    <message>
        <source>%1 codes × %2 columns. Double-click a cell for its extracts.</source>
        <translation>%1 Codes × %2 Spalten. Doppelklicken Sie auf eine Zelle für ihre Auszüge.</translation>
    </message>
    <message>
        <source>The same counts from the command line:
%1</source>
        <translation>Dieselben Zahlen auf der Kommandozeile:
%1</translation>
    </message>
    <message>
        <source>There is no table to export yet.</source>
        <translation>Es gibt noch keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Export matrix to Excel</source>
        <translation>Matrix nach Excel exportieren</translation>
    </message>
    <message>
        <source>Export matrix to CSV</source>
        <translation>Matrix als CSV exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Frequency matrix</source>
        <translation>Häufigkeitsmatrix</translation>
    </message>
    <message>
        <source>Codes in rows, the chosen columns, and the count in each cell</source>
        <translation>Codes in Zeilen, die gewählten Spalten und die Zahl in jeder Zelle</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>situate::MaturityView</name>
    <message>
        <source>Level</source>
        <translation>Messniveau</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supporting codings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belegende Codierungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add selected coding</source>
        <translation>Ausgewählte Codierung hinzufügen</translation>
    </message>
    <message>
        <source>Adds the coding selected in the document as evidence.</source>
        <translation>Fügt die im Dokument ausgewählte Codierung als Beleg hinzu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maturity model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reifegradmodell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rationale / reasoning:</source>
        <translation>Begründung / Überlegungen:</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&lt;i&gt;The project has no maturity model yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Das Projekt hat noch kein Reifegradmodell.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt;: needs ratings by at least two coders.</source>
        <translation>&lt;b&gt;Übereinstimmung&lt;/b&gt;: braucht Bewertungen von mindestens zwei Codierern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt; of %1: </source>
        <translation>&lt;b&gt;Übereinstimmung&lt;/b&gt; von %1: </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>ordinal Krippendorff&apos;s α %1</source>
        <translation>ordinales Krippendorffs α %1</translation>
    </message>
    <message>
        <source>weighted κ linear %1, quadratic %2</source>
        <translation>gewichtetes κ linear %1, quadratisch %2</translation>
    </message>
    <message>
        <source>%1 of %2 rated CoPs identical</source>
        <translation>%1 von %2 bewerteten CoPs identisch</translation>
    </message>
    <message>
        <source>Select a CoP and a coder (or the consensus) to rate.</source>
        <translation>Wählen Sie eine CoP und einen Codierer (oder den Konsens) zum Bewerten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consensus for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konsens für %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&apos;s rating of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertung von %2 durch %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record consensus</source>
        <translation>Konsens festhalten</translation>
    </message>
    <message>
        <source>(coding %1 no longer exists)</source>
        <translation>(Codierung %1 existiert nicht mehr)</translation>
    </message>
    <message>
        <source>Select a coding in the document first.</source>
        <translation>Wählen Sie zuerst eine Codierung im Dokument.</translation>
    </message>
    <message>
        <source>Select a CoP and a coder first.</source>
        <translation>Wählen Sie zuerst eine CoP und einen Codierer.</translation>
    </message>
    <message>
        <source>Consensus maturity of %1</source>
        <translation>Konsens-Reifegrad von %1</translation>
    </message>
    <message>
        <source>%1&apos;s maturity rating of %2</source>
        <translation>Reifegradbewertung von %2 durch %1</translation>
    </message>
    <message>
        <source>Clear consensus maturity of %1</source>
        <translation>Konsens-Reifegrad von %1 löschen</translation>
    </message>
    <message>
        <source>Clear %1&apos;s maturity rating of %2</source>
        <translation>Reifegradbewertung von %2 durch %1 löschen</translation>
    </message>
    <message>
        <source>Maturity ratings by case and coder</source>
        <translation>Reifegradbewertungen nach Fall und Codierer</translation>
    </message>
    <message>
        <source>Maturity levels</source>
        <translation>Reifegrade</translation>
    </message>
    <message>
        <source>Rationale of the rating</source>
        <translation>Begründung der Bewertung</translation>
    </message>
    <message>
        <source>Evidence for the rating</source>
        <translation>Evidenz für die Bewertung</translation>
    </message>
</context>
<context>
    <name>situate::Preferences</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>situate::ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>situate::PseudonymController</name>
    <message>
        <source>Pseu&amp;donymise…</source>
        <translation>Pseu&amp;donymisieren…</translation>
    </message>
    <message>
        <source>Replace names everywhere in the project from a list, keeping the key outside it</source>
        <translation>Namen anhand einer Liste überall im Projekt ersetzen und den Schlüssel außerhalb aufbewahren</translation>
    </message>
    <message>
        <source>Make Changes &amp;Permanent…</source>
        <translation>Änderungen &amp;endgültig machen…</translation>
    </message>
    <message>
        <source>Give up undo and erase the text edits removed (such as the names a pseudonymisation replaced) from the project file</source>
        <translation>Auf Rückgängig verzichten und den durch Änderungen entfernten Text (etwa die von einer Pseudonymisierung ersetzten Namen) aus der Projektdatei löschen</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Make every change so far permanent? Undo can no longer take any of them back, and the text they removed (such as the names a pseudonymisation replaced) is erased from the project file for good.</source>
        <translation>Alle bisherigen Änderungen endgültig machen? Rückgängig kann keine davon mehr zurücknehmen, und der Text, den sie entfernt haben (etwa die von einer Pseudonymisierung ersetzten Namen), wird endgültig aus der Projektdatei gelöscht.</translation>
    </message>
    <message>
        <source>The changes are permanent; the text they removed is erased from the project file.</source>
        <translation>Die Änderungen sind endgültig; der Text, den sie entfernt haben, ist aus der Projektdatei gelöscht.</translation>
    </message>
    <message>
        <source>Erasing the removed text from the project file…</source>
        <translation>Entfernter Text wird aus der Projektdatei gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 were taken before and may still hold the original names. Delete them now? They cannot be brought back.</source>
        <translation>
            <numerusform>%n Sicherung in %1 wurde vorher angelegt und kann noch die ursprünglichen Namen enthalten. Jetzt löschen? Sie kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n Sicherungen in %1 wurden vorher angelegt und können noch die ursprünglichen Namen enthalten. Jetzt löschen? Sie können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>These backups in %1 could not be deleted; delete them yourself: %2</source>
        <translation>Diese Sicherungen in %1 konnten nicht gelöscht werden; löschen Sie sie selbst: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s).</source>
        <translation>
            <numerusform>%n Sicherung gelöscht.</numerusform>
            <numerusform>%n Sicherungen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>situate::PseudonymDialog</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymisieren</translation>
    </message>
    <message>
        <source>Where the key (the original names) is saved, outside the project&apos;s folder</source>
        <translation>Wo der Schlüssel (die ursprünglichen Namen) gespeichert wird, außerhalb des Projektordners</translation>
    </message>
    <message>
        <source>Mark the matches in the open document</source>
        <translation>Treffer im geöffneten Dokument markieren</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Count what the list would replace, and the codings it touches</source>
        <translation>Zählen, was die Liste ersetzen würde, und welche Codierungen es berührt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Replace everything the preview lists and save the key, as one step that Undo takes back</source>
        <translation>Alles ersetzen, was die Vorschau aufführt, und den Schlüssel speichern, als ein Schritt, den Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Replace each name with its pseudonym, everywhere in the project: texts, speaker labels, names, memos, summaries and text attributes.</source>
        <translation>Jeden Namen überall im Projekt durch sein Pseudonym ersetzen: Texte, Sprecherbezeichnungen, Namen, Memos, Zusammenfassungen und Textattribute.</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>Zeilen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Load list…</source>
        <translation>Liste &amp;laden…</translation>
    </message>
    <message>
        <source>Read a list with the columns find and replace (and optionally match and case) from CSV or XLSX</source>
        <translation>Eine Liste mit den Spalten find und replace (und wahlweise match und case) aus CSV oder XLSX lesen</translation>
    </message>
    <message>
        <source>Sa&amp;ve list…</source>
        <translation>Liste &amp;speichern…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Choose where the key is saved: it lists every original name and its pseudonym, so keep it apart from the project</source>
        <translation>Wählen Sie, wo der Schlüssel gespeichert wird: Er enthält jeden ursprünglichen Namen und sein Pseudonym, bewahren Sie ihn also getrennt vom Projekt auf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Preview to see what the list would change.</source>
        <translation>Zeigen Sie die Vorschau an, um zu sehen, was die Liste ändern würde.</translation>
    </message>
    <message>
        <source>Add the names to replace: type them, load a list or add suggestions.</source>
        <translation>Fügen Sie die zu ersetzenden Namen hinzu: Tippen Sie sie ein, laden Sie eine Liste oder übernehmen Sie Vorschläge.</translation>
    </message>
    <message>
        <source>The list cannot be used: %1.</source>
        <translation>Die Liste kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Counting what the list would replace…</source>
        <translation>Es wird gezählt, was die Liste ersetzen würde…</translation>
    </message>
    <message>
        <source>Could not count what the list would replace: %1</source>
        <translation>Es kann nicht gezählt werden, was die Liste ersetzen würde: %1</translation>
    </message>
    <message>
        <source>(names, memos and other texts)</source>
        <translation>(Namen, Memos und andere Texte)</translation>
    </message>
    <message>
        <source>Nothing in the project matches the list.</source>
        <translation>Nichts im Projekt passt zur Liste.</translation>
    </message>
    <message>
        <source>%1 replacement(s) in %2 document(s) and %3 other text(s); codings: %4 moved, %5 changed, %6 removed.</source>
        <translation>%1 Ersetzung(en) in %2 Dokument(en) und %3 anderen Text(en); Codierungen: %4 verschoben, %5 geändert, %6 entfernt.</translation>
    </message>
    <message>
        <source>%1 would be saved in the project&apos;s folder (%2), where it would be shared, synchronised or committed with the project whose names it holds. Choose a place outside that folder; nothing was changed.</source>
        <translation>%1 würde im Projektordner (%2) gespeichert, wo er mit dem Projekt, dessen Namen er enthält, geteilt, synchronisiert oder eingecheckt würde. Wählen Sie einen Ort außerhalb dieses Ordners; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Choose where to save the key first: the file that keeps every original name and its pseudonym. Nothing was changed.</source>
        <translation>Wählen Sie zuerst, wo der Schlüssel gespeichert wird: die Datei, die jeden ursprünglichen Namen und sein Pseudonym enthält. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The key %1 is a folder; choose a file. Nothing was changed.</source>
        <translation>Der Schlüssel %1 ist ein Ordner; wählen Sie eine Datei. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The key %1</source>
        <translation>Der Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new key?</source>
        <translation>%1 existiert bereits. Durch den neuen Schlüssel ersetzen?</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Replaced %1 in %2 document(s) and %3 other text(s); the key is in %4. Undo takes it back. The original names leave the project file when you close the project or choose File &gt; Make Changes Permanent.</source>
        <translation>%1 in %2 Dokument(en) und %3 anderen Text(en) ersetzt; der Schlüssel liegt in %4. Rückgängig nimmt es zurück. Die ursprünglichen Namen verlassen die Projektdatei, wenn Sie das Projekt schließen oder Datei &gt; Änderungen endgültig machen wählen.</translation>
    </message>
    <message>
        <source>Save the key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Load a replacement list</source>
        <translation>Ersetzungsliste laden</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n entries in the table with the list of %1?</source>
        <translation>
            <numerusform>Den %n Eintrag der Tabelle durch die Liste aus %1 ersetzen?</numerusform>
            <numerusform>Die %n Einträge der Tabelle durch die Liste aus %1 ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to save.</source>
        <translation>Die Liste ist leer: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save the replacement list</source>
        <translation>Ersetzungsliste speichern</translation>
    </message>
    <message>
        <source>The list %1</source>
        <translation>Die Liste %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) marked in the open document.</source>
        <translation>
            <numerusform>%n Treffer im geöffneten Dokument markiert.</numerusform>
            <numerusform>%n Treffer im geöffneten Dokument markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>situate::PseudonymSuggestions</name>
    <message>
        <source>&amp;Suggest names</source>
        <translation>Namen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Find speaker labels and capitalised names in every document</source>
        <translation>Sprecherbezeichnungen und großgeschriebene Namen in jedem Dokument finden</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected suggestions to the list, to type their pseudonyms</source>
        <translation>Die ausgewählten Vorschläge zur Liste hinzufügen, um ihre Pseudonyme einzutragen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Suggest names to review what the documents may identify.</source>
        <translation>Lassen Sie Namen vorschlagen, um zu prüfen, was in den Dokumenten jemanden identifizieren könnte.</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <translation>Dokumente werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the documents: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation>Nichts vorzuschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s): double-click one, or select and add them.</source>
        <translation>
            <numerusform>%n Vorschlag: Doppelklicken Sie darauf, oder wählen Sie ihn aus und fügen Sie ihn hinzu.</numerusform>
            <numerusform>%n Vorschläge: Doppelklicken Sie auf einen, oder wählen Sie sie aus und fügen Sie sie hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>situate::PseudonymTable</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Ganzes Wort</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
</context>
<context>
    <name>situate::QueryView</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code and sub-codes</source>
        <translation>Code mit Untercodes</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Name to insert</source>
        <translation>Einzufügender Name</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert the operand at the cursor</source>
        <translation>Operanden an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>e.g. code &quot;Mechanisms&quot; near 10 code &quot;Outcomes&quot; and speaker &quot;P1&quot;</source>
        <translation>z. B. code &quot;Mechanisms&quot; near 10 code &quot;Outcomes&quot; and speaker &quot;P1&quot;</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Redebeiträge</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Widen each run to</source>
        <translation>Jeden Abschnitt erweitern auf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the query (Enter)</source>
        <translation>Abfrage ausführen (Eingabe)</translation>
    </message>
    <message>
        <source>Insert &quot;%1&quot; at the cursor</source>
        <translation>„%1“ an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>Name to save as</source>
        <translation>Speichern unter dem Namen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep this query in the project under the name</source>
        <translation>Diese Abfrage unter dem Namen im Projekt behalten</translation>
    </message>
    <message>
        <source>Code to code the result with</source>
        <translation>Code für das Ergebnis</translation>
    </message>
    <message>
        <source>Code result</source>
        <translation>Ergebnis codieren</translation>
    </message>
    <message>
        <source>Code every run of the result with the chosen code, as the current coder (one undoable step)</source>
        <translation>Jeden Abschnitt des Ergebnisses mit dem gewählten Code codieren, als aktueller Codierer (ein rückgängig machbarer Schritt)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Open in extracts browser</source>
        <translation>Im Auszugsbrowser öffnen</translation>
    </message>
    <message>
        <source>The codings that share a character with the result</source>
        <translation>Die Codierungen, die ein Zeichen mit dem Ergebnis teilen</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Code with:</source>
        <translation>Codieren mit:</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s names: %1</source>
        <translation>Die Namen des Projekts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Write a query, or build one from the names and operators above.</source>
        <translation>Schreiben Sie eine Abfrage oder bauen Sie sie aus den Namen und Operatoren oben.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>The query cannot run: %1</source>
        <translation>Die Abfrage kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 in %2 of %3, %4%5</source>
        <translation>%1 in %2 aus %3, %4%5</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumenten</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fällen</translation>
    </message>
    <message>
        <source>character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source> (the first %1 listed)</source>
        <translation> (die ersten %1 aufgelistet)</translation>
    </message>
    <message>
        <source>Give the query a name to save it under.</source>
        <translation>Geben Sie der Abfrage einen Namen, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Save query %1</source>
        <translation>Abfrage %1 speichern</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <source>Could not save the query: %1</source>
        <translation>Die Abfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Choose the code to code the result with.</source>
        <translation>Wählen Sie den Code für das Ergebnis.</translation>
    </message>
    <message>
        <source>Choose who codes (Coding as) first.</source>
        <translation>Wählen Sie zuerst, wer codiert (Codiert als).</translation>
    </message>
    <message>
        <source>Code query result with %1</source>
        <translation>Abfrageergebnis mit %1 codieren</translation>
    </message>
    <message>
        <source>Coded %1 runs with %2 (%3 already were).</source>
        <translation>%1 Abschnitte mit %2 codiert (%3 waren es schon).</translation>
    </message>
    <message>
        <source>Could not code the result: %1</source>
        <translation>Das Ergebnis konnte nicht codiert werden: %1</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Run a query first.</source>
        <translation>Führen Sie zuerst eine Abfrage aus.</translation>
    </message>
    <message>
        <source>Open in evidence matrix</source>
        <translation>In der Evidenzmatrix öffnen</translation>
    </message>
    <message>
        <source>The saved queries as rows of the evidence matrix</source>
        <translation>Die gespeicherten Abfragen als Zeilen der Evidenzmatrix</translation>
    </message>
    <message>
        <source>Save the query first: the evidence matrix shows saved queries as its rows.</source>
        <translation>Speichern Sie die Abfrage zuerst: Die Evidenzmatrix zeigt gespeicherte Abfragen als Zeilen.</translation>
    </message>
    <message>
        <source>Coder (by)</source>
        <translation>Codierer (by)</translation>
    </message>
</context>
<context>
    <name>situate::QuestionsPanel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Forschungsfragen</translation>
    </message>
</context>
<context>
    <name>situate::ReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Count the matches and the codings they touch</source>
        <translation>Die Treffer und die berührten Codierungen zählen</translation>
    </message>
    <message>
        <source>&amp;Replace all</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Make every replacement the preview lists, as one step that Undo takes back</source>
        <translation>Jede Ersetzung ausführen, die die Vorschau aufführt, als ein Schritt, den Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Codings changed</source>
        <translation>Geänderte Codierungen</translation>
    </message>
    <message>
        <source>Codings removed</source>
        <translation>Entfernte Codierungen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>Type what to find.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>Preview to see what would change.</source>
        <translation>Zeigen Sie die Vorschau an, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Treffer werden gezählt…</translation>
    </message>
    <message>
        <source>Could not count the matches: %1</source>
        <translation>Die Treffer können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Replaced %1 (Undo takes it back). </source>
        <translation>%1 ersetzt (Rückgängig nimmt es zurück). </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 document(s); %2 coding(s) change and %3 are removed.</source>
        <translation>
            <numerusform>%n Treffer in %1 Dokument(en); %2 Codierung(en) ändern sich und %3 werden entfernt.</numerusform>
            <numerusform>%n Treffer in %1 Dokument(en); %2 Codierung(en) ändern sich und %3 werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot;</source>
        <translation>„%1“ ersetzen</translation>
    </message>
</context>
<context>
    <name>situate::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Every research question</source>
        <translation>Alle Forschungsfragen</translation>
    </message>
    <message>
        <source>Every CoP</source>
        <translation>Alle CoPs</translation>
    </message>
    <message>
        <source>Research question:</source>
        <translation>Forschungsfrage:</translation>
    </message>
    <message>
        <source>CoP:</source>
        <translation>CoP:</translation>
    </message>
    <message>
        <source>Extracts per code:</source>
        <translation>Auszüge je Code:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Extracts per code</source>
        <translation>Auszüge je Code</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>File (.html, .pdf or .docx):</source>
        <translation>Datei (.html, .pdf oder .docx):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Report (*.pdf *.html *.docx);;PDF (*.pdf);;HTML page (*.html);;Word document (*.docx)</source>
        <translation>Bericht (*.pdf *.html *.docx);;PDF (*.pdf);;HTML-Seite (*.html);;Word-Dokument (*.docx)</translation>
    </message>
</context>
<context>
    <name>situate::ReportExporter</name>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht in %1 geschrieben</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was written.</source>
        <translation>Bericht abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>situate::SearchPanel</name>
    <message>
        <source>Search all documents: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Alle Dokumente durchsuchen: Wörter, &quot;eine Wendung&quot;, Präfix*</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>Im Kontext</translation>
    </message>
    <message>
        <source>the hit</source>
        <translation>der Treffer</translation>
    </message>
    <message>
        <source>its sentence</source>
        <translation>sein Satz</translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation>sein Absatz</translation>
    </message>
    <message>
        <source>its speaker turn</source>
        <translation>sein Sprecherbeitrag</translation>
    </message>
    <message>
        <source>Code selected hits</source>
        <translation>Ausgewählte Treffer codieren</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 hit(s) in %2 document(s)%3</source>
        <translation>%1 Treffer in %2 Dokument(en)%3</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>situate::ServerController</name>
    <message>
        <source>Open &amp;server project…</source>
        <translation>&amp;Serverprojekt öffnen…</translation>
    </message>
    <message>
        <source>Open a team project on a PostgreSQL server</source>
        <translation>Ein Teamprojekt auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the server again; %n kept change(s) sent.</source>
        <translation>
            <numerusform>Wieder mit dem Server verbunden; %n behaltene Änderung gesendet.</numerusform>
            <numerusform>Wieder mit dem Server verbunden; %n behaltene Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Open server project</source>
        <translation>Serverprojekt öffnen</translation>
    </message>
    <message>
        <source>Server project:</source>
        <translation>Serverprojekt:</translation>
    </message>
    <message>
        <source>%1 is not a server project: it must start with postgresql://</source>
        <translation>%1 ist kein Serverprojekt: Es muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>Write no password in the URL: it comes from PGPASSWORD or ~/.pgpass; without them Situate asks for it, uses it for this project&apos;s connections only and does not store it. A project is put on a server with File &gt; Publish to server.</source>
        <translation>Schreiben Sie kein Passwort in die URL: Es kommt aus PGPASSWORD oder ~/.pgpass; ohne diese fragt Situate danach, verwendet es nur für die Verbindungen dieses Projekts und speichert es nicht. Ein Projekt kommt mit Datei &gt; Auf Server veröffentlichen auf einen Server.</translation>
    </message>
</context>
<context>
    <name>situate::StartPage</name>
    <message>
        <source>&lt;h1&gt;Situate&lt;/h1&gt;&lt;p&gt;Qualitative coding of interview transcripts for evaluation teams.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Situate&lt;/h1&gt;&lt;p&gt;Qualitative Codierung von Interviewtranskripten für Evaluationsteams.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Beginnen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Create an empty project file, then import transcripts into it</source>
        <translation>Eine leere Projektdatei anlegen und dann Transkripte importieren</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a project file (*.situate)</source>
        <translation>Eine Projektdatei öffnen (*.situate)</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Das Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>A small evaluation of seven Communities of Practice, to try things on</source>
        <translation>Eine kleine Evaluation von sieben Communities of Practice zum Ausprobieren</translation>
    </message>
    <message>
        <source>User Manual</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to run an evaluation with Situate, step by step</source>
        <translation>Wie man mit Situate eine Evaluation durchführt, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recent projects&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Zuletzt geöffnete Projekte&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>No project opened yet</source>
        <translation>Noch kein Projekt geöffnet</translation>
    </message>
</context>
<context>
    <name>situate::TeamCopyController</name>
    <message>
        <source>Write no password in the URL: it comes from PGPASSWORD or ~/.pgpass; without them Situate asks for it and does not store it.</source>
        <translation>Schreiben Sie kein Passwort in die URL: Es kommt aus PGPASSWORD oder ~/.pgpass; ohne diese fragt Situate danach und speichert es nicht.</translation>
    </message>
    <message>
        <source>Server project:</source>
        <translation>Serverprojekt:</translation>
    </message>
    <message>
        <source>P&amp;ublish to server…</source>
        <translation>Auf Server ver&amp;öffentlichen…</translation>
    </message>
    <message>
        <source>Copy this project file into an empty database on a PostgreSQL server, for a team to code together</source>
        <translation>Diese Projektdatei in eine leere Datenbank auf einem PostgreSQL-Server kopieren, damit ein Team gemeinsam codiert</translation>
    </message>
    <message>
        <source>Clo&amp;ne server project…</source>
        <translation>Serverprojekt klo&amp;nen…</translation>
    </message>
    <message>
        <source>Copy a team project from a PostgreSQL server into a new project file on this computer</source>
        <translation>Ein Teamprojekt von einem PostgreSQL-Server in eine neue Projektdatei auf diesem Computer kopieren</translation>
    </message>
    <message>
        <source>Publish to server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>The database must exist and be empty; ask the server&apos;s administrator for one.</source>
        <translation>Die Datenbank muss existieren und leer sein; fragen Sie die Administration des Servers danach.</translation>
    </message>
    <message>
        <source>Clone server project</source>
        <translation>Serverprojekt klonen</translation>
    </message>
    <message>
        <source>The copy is a new project file, no longer shared with the team.</source>
        <translation>Die Kopie ist eine neue Projektdatei, die nicht mehr mit dem Team geteilt wird.</translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation>Klonen nach</translation>
    </message>
    <message>
        <source>Situate projects (*.situate)</source>
        <translation>Situate-Projekte (*.situate)</translation>
    </message>
    <message>
        <source>Publishing copies a project file to a server: open a project file first.</source>
        <translation>Veröffentlichen kopiert eine Projektdatei auf einen Server: Öffnen Sie zuerst eine Projektdatei.</translation>
    </message>
    <message>
        <source>%1 is not a server project: it must start with postgresql://</source>
        <translation>%1 ist kein Serverprojekt: Die Adresse muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>%1 wird veröffentlicht…</translation>
    </message>
    <message numerus="yes">
        <source>Published %1 to %2: %n document(s), %3 codings. Open the server project now?</source>
        <translation>
            <numerusform>%1 auf %2 veröffentlicht: %n Dokument, %3 Codierungen. Das Serverprojekt jetzt öffnen?</numerusform>
            <numerusform>%1 auf %2 veröffentlicht: %n Dokumente, %3 Codierungen. Das Serverprojekt jetzt öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>%1 auf %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Cloning %1…</source>
        <translation>%1 wird geklont…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Abgebrochen; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>Password for the server project:</source>
        <translation>Passwort für das Serverprojekt:</translation>
    </message>
</context>
<context>
    <name>situate::TocDiagram</name>
    <message>
        <source>All CoPs</source>
        <translation>Alle CoPs</translation>
    </message>
    <message>
        <source>Theory of change · %1</source>
        <translation>Wirkungsmodell · %1</translation>
    </message>
    <message>
        <source>Codings per code; the tags name the research questions each code serves.</source>
        <translation>Codierungen je Code; die Etiketten nennen die Forschungsfragen, denen jeder Code dient.</translation>
    </message>
    <message>
        <source>Between the steps: what the chain assumes and what helps or hinders it</source>
        <translation>Zwischen den Schritten: was die Kette annimmt und was sie fördert oder hemmt</translation>
    </message>
    <message>
        <source>No codes</source>
        <translation>Keine Codes</translation>
    </message>
    <message>
        <source>%1 codings in the project</source>
        <translation>%1 Codierungen im Projekt</translation>
    </message>
    <message>
        <source>1 code without a theory-of-change element is not shown</source>
        <translation>1 Code ohne Element des Wirkungsmodells wird nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 codes without a theory-of-change element are not shown</source>
        <translation>%1 Codes ohne Element des Wirkungsmodells werden nicht angezeigt</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Click for its extracts; right-click to change its element or questions.</source>
        <translation>Klicken für seine Auszüge; Rechtsklick, um sein Element oder seine Fragen zu ändern.</translation>
    </message>
</context>
<context>
    <name>situate::TocElement</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Enablers and barriers</source>
        <translation>Förderliche und hemmende Faktoren</translation>
    </message>
</context>
<context>
    <name>situate::TocView</name>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the diagram as scalable vector graphics, for reports.</source>
        <translation>Das Diagramm als Vektorgrafik speichern, für Berichte.</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Counts for:</source>
        <translation>Zahlen für:</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählung…</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Click a code for its extracts; right-click to change it.</source>
        <translation>Klicken Sie auf einen Code für seine Auszüge; Rechtsklick, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>All CoPs</source>
        <translation>Alle CoPs</translation>
    </message>
    <message>
        <source>There is no diagram to save yet.</source>
        <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Theory of change</source>
        <translation>Wirkungsmodell</translation>
    </message>
    <message>
        <source>theory of change</source>
        <translation>Wirkungsmodell</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>Der Code existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Set theory-of-change element of &quot;%1&quot;</source>
        <translation>Element des Wirkungsmodells von „%1“ setzen</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to %2</source>
        <translation>„%1“ mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from %2</source>
        <translation>Verknüpfung von „%1“ mit %2 lösen</translation>
    </message>
    <message>
        <source>Show extracts</source>
        <translation>Auszüge anzeigen</translation>
    </message>
    <message>
        <source>Theory-of-change element</source>
        <translation>Element des Wirkungsmodells</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Forschungsfragen</translation>
    </message>
</context>
<context>
    <name>situate::TranscriptEditing</name>
    <message>
        <source>&amp;Edit Transcript Text</source>
        <translation>Transkripttext &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Correct the transcript&apos;s words; codings follow the text</source>
        <translation>Die Wörter des Transkripts korrigieren; Codierungen folgen dem Text</translation>
    </message>
    <message>
        <source>Editing the transcript: each change is saved at once and codings follow the text. Undo takes back a burst of typing at a time.</source>
        <translation>Das Transkript wird bearbeitet: Jede Änderung wird sofort gespeichert und Codierungen folgen dem Text. Rückgängig nimmt jeweils einen Schwung Tipparbeit zurück.</translation>
    </message>
    <message>
        <source>Done Editing</source>
        <translation>Bearbeitung beenden</translation>
    </message>
    <message>
        <source>Only the project&apos;s owners can edit transcripts on this server. Ask an owner to correct the text, or to make you an owner.</source>
        <translation>Nur die Eigentümer des Projekts können auf diesem Server Transkripte bearbeiten. Bitten Sie einen Eigentümer, den Text zu korrigieren oder Sie zum Eigentümer zu machen.</translation>
    </message>
    <message>
        <source>• %1: “%2”</source>
        <translation>• %1: „%2“</translation>
    </message>
    <message>
        <source>(a code)</source>
        <translation>(ein Code)</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• und %n weitere</numerusform>
            <numerusform>• und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting this text removes %n coding(s) that lie wholly inside it:</source>
        <translation>
            <numerusform>Das Löschen dieses Textes entfernt %n Codierung, die ganz darin liegt:</numerusform>
            <numerusform>Das Löschen dieses Textes entfernt %n Codierungen, die ganz darin liegen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? Undo brings the text and the codings back.</source>
        <translation>Trotzdem löschen? Rückgängig bringt den Text und die Codierungen zurück.</translation>
    </message>
    <message>
        <source>Typing in the transcript</source>
        <translation>Tippen im Transkript</translation>
    </message>
    <message>
        <source>Edit of the transcript</source>
        <translation>Bearbeitung des Transkripts</translation>
    </message>
</context>
<context>
    <name>situate::Workbench</name>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Cases and attributes</source>
        <translation>Fälle und Attribute</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Forschungsfragen</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>situate::agreement</name>
    <message>
        <source>no coder named &quot;%1&quot;</source>
        <translation>kein Codierer namens „%1“</translation>
    </message>
    <message>
        <source>coder &quot;%1&quot; is named twice</source>
        <translation>der Codierer „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>die Übereinstimmung braucht mindestens zwei Codierer</translation>
    </message>
    <message>
        <source>the %1 unit compares exactly two coders, not %2</source>
        <translation>die Einheit %1 vergleicht genau zwei Codierer, nicht %2</translation>
    </message>
    <message>
        <source>a group applies to the document, paragraph and turn units</source>
        <translation>eine Gruppe gilt für die Einheiten Dokument, Absatz und Redebeitrag</translation>
    </message>
    <message>
        <source>choose codes or a group, not both</source>
        <translation>wählen Sie Codes oder eine Gruppe, nicht beides</translation>
    </message>
    <message>
        <source>the overlap must be above 0 and at most 1</source>
        <translation>die Überlappung muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>no document named &quot;%1&quot;</source>
        <translation>kein Dokument namens „%1“</translation>
    </message>
    <message>
        <source>no code &quot;%1&quot;</source>
        <translation>kein Code „%1“</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; needs at least two child codes</source>
        <translation>die Gruppe „%1“ braucht mindestens zwei Untercodes</translation>
    </message>
    <message>
        <source>the codings at this place changed since it was listed: press Compute</source>
        <translation>die Codierungen an dieser Stelle haben sich geändert, seit sie aufgelistet wurde: Klicken Sie auf Berechnen</translation>
    </message>
    <message>
        <source>the codings changed since the disagreements were listed: press Compute</source>
        <translation>die Codierungen haben sich geändert, seit die Abweichungen aufgelistet wurden: Klicken Sie auf Berechnen</translation>
    </message>
    <message>
        <source>the consensus coder must be someone other than the two coders being compared</source>
        <translation>der Konsens-Codierer muss jemand anderes sein als die beiden verglichenen Codierer</translation>
    </message>
</context>
<context>
    <name>situate::analysis</name>
    <message>
        <source>the filter names an attribute that no longer exists</source>
        <translation>der Filter nennt ein Attribut, das nicht mehr existiert</translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;</source>
        <translation>kein %1 namens „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a case and a document attribute; write case:%1 or document:%1</source>
        <translation>„%1“ ist sowohl ein Fall- als auch ein Dokumentattribut; schreiben Sie case:%1 oder document:%1</translation>
    </message>
    <message>
        <source>no attribute named &quot;%1&quot;</source>
        <translation>kein Attribut namens „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition of the form ATTRIBUTE=VALUE</source>
        <translation>„%1“ ist keine Bedingung der Form ATTRIBUT=WERT</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: more extracts than an Excel sheet holds (%2 rows); export them as CSV instead</source>
        <translation>%1: mehr Auszüge, als ein Excel-Tabellenblatt fasst (%2 Zeilen); exportieren Sie sie stattdessen als CSV</translation>
    </message>
    <message>
        <source>a code to retrieve no longer exists</source>
        <translation>ein abzurufender Code existiert nicht mehr</translation>
    </message>
    <message>
        <source>the research question no longer exists</source>
        <translation>die Forschungsfrage existiert nicht mehr</translation>
    </message>
    <message>
        <source>a code to count no longer exists</source>
        <translation>ein zu zählender Code existiert nicht mehr</translation>
    </message>
    <message>
        <source>the table has more rows than an Excel sheet holds (1,048,576): export it as CSV</source>
        <translation>die Tabelle hat mehr Zeilen, als ein Excel-Tabellenblatt fasst (1.048.576): exportieren Sie sie als CSV</translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>das Tabellenblatt „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1: cannot save the file</source>
        <translation>%1: die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>codings read as counts per code cannot be counted by coder</source>
        <translation>als Zählungen je Code gelesene Codierungen können nicht nach Codierer gezählt werden</translation>
    </message>
</context>
<context>
    <name>situate::commands</name>
    <message>
        <source>a case needs a name</source>
        <translation>ein Fall braucht einen Namen</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>ein Attribut braucht einen Namen</translation>
    </message>
    <message>
        <source>that attribute no longer exists</source>
        <translation>dieses Attribut existiert nicht mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (attribute %2)</source>
        <translation>„%1“ ist keine Zahl (Attribut %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD (attribute %2)</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT (Attribut %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten von %2 (%3)</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>ein Code braucht einen Namen</translation>
    </message>
    <message>
        <source>a code name cannot contain &quot;/&quot; (it separates levels of a path): %1</source>
        <translation>ein Codename darf kein „/“ enthalten (es trennt die Ebenen eines Pfads): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb)</source>
        <translation>„%1“ ist keine Farbe (verwenden Sie #rrggbb)</translation>
    </message>
    <message>
        <source>that code no longer exists</source>
        <translation>dieser Code existiert nicht mehr</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>der übergeordnete Code existiert nicht mehr</translation>
    </message>
    <message>
        <source>a code named &quot;%1&quot; already exists there</source>
        <translation>dort gibt es bereits einen Code namens „%1“</translation>
    </message>
    <message>
        <source>empty code path</source>
        <translation>leerer Codepfad</translation>
    </message>
    <message>
        <source>another client changed the code &quot;%1&quot; after it was read here; nothing was saved, so their change stays. Look at the code again and redo the edit</source>
        <translation>ein anderer Client hat den Code „%1“ geändert, nachdem er hier gelesen wurde; nichts wurde gespeichert, seine Änderung bleibt also bestehen. Sehen Sie sich den Code erneut an und wiederholen Sie die Bearbeitung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot move under itself or one of its sub-codes</source>
        <translation>„%1“ kann nicht unter sich selbst oder einen seiner Untercodes verschoben werden</translation>
    </message>
    <message>
        <source>the target code no longer exists</source>
        <translation>der Zielcode existiert nicht mehr</translation>
    </message>
    <message>
        <source>a code cannot be merged into itself or one of its sub-codes</source>
        <translation>ein Code kann nicht mit sich selbst oder einem seiner Untercodes zusammengeführt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and its sub-codes have %2 coding(s); deleting it removes them too (confirm, or use --force)</source>
        <translation>„%1“ und seine Untercodes haben %2 Codierung(en); beim Löschen werden diese ebenfalls entfernt (bestätigen Sie oder verwenden Sie --force)</translation>
    </message>
    <message>
        <source>a research question needs a code</source>
        <translation>eine Forschungsfrage braucht einen Code</translation>
    </message>
    <message>
        <source>that document no longer exists</source>
        <translation>dieses Dokument existiert nicht mehr</translation>
    </message>
    <message>
        <source>the range %1-%2 is not inside &quot;%3&quot; (0-%4)</source>
        <translation>der Bereich %1-%2 liegt nicht in „%3“ (0-%4)</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>ein Codierer braucht einen Namen</translation>
    </message>
    <message>
        <source>the transcript was edited after you selected this passage, so its words may have moved; it is shown as it is now: select the passage again (nothing was coded)</source>
        <translation>das Transkript wurde bearbeitet, nachdem Sie diese Passage markiert haben, daher können sich die Wörter verschoben haben; es wird im aktuellen Stand angezeigt: Markieren Sie die Passage erneut (nichts wurde codiert)</translation>
    </message>
    <message>
        <source>that coding no longer exists</source>
        <translation>diese Codierung existiert nicht mehr</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>ein Dokument braucht einen Namen</translation>
    </message>
    <message>
        <source>a document named &quot;%1&quot; already exists</source>
        <translation>ein Dokument namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>%1 has the same text as the document &quot;%2&quot; already in the project; not imported twice</source>
        <translation>%1 hat denselben Text wie das Dokument „%2“, das bereits im Projekt ist; es wird nicht zweimal importiert</translation>
    </message>
    <message>
        <source>a speaker turn lies outside the text</source>
        <translation>ein Redebeitrag liegt außerhalb des Texts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 coding(s); removing it removes them too (confirm, or use --force)</source>
        <translation>„%1“ hat %2 Codierung(en); beim Entfernen werden diese ebenfalls entfernt (bestätigen Sie oder verwenden Sie --force)</translation>
    </message>
    <message>
        <source>another client changed the project setting %1 in the meantime; nothing was %2</source>
        <translation>ein anderer Client hat die Projekteinstellung %1 inzwischen geändert; nichts wurde %2</translation>
    </message>
    <message>
        <source>another client removed %1 %2 in the meantime; nothing was %3</source>
        <translation>ein anderer Client hat %1 %2 inzwischen entfernt; nichts wurde %3</translation>
    </message>
    <message>
        <source>another client changed %1 %2 in the meantime; nothing was %3, so their change stays</source>
        <translation>ein anderer Client hat %1 %2 inzwischen geändert; nichts wurde %3, seine Änderung bleibt also bestehen</translation>
    </message>
    <message>
        <source>not connected to the server (%1)</source>
        <translation>nicht mit dem Server verbunden (%1)</translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>the project has no maturity model yet; define its levels first</source>
        <translation>das Projekt hat noch kein Reifegradmodell; legen Sie zuerst seine Stufen fest</translation>
    </message>
    <message>
        <source>there is no maturity level %1 (the model has levels 1 to %2)</source>
        <translation>es gibt keine Reifegradstufe %1 (das Modell hat die Stufen 1 bis %2)</translation>
    </message>
    <message>
        <source>that case no longer exists</source>
        <translation>dieser Fall existiert nicht mehr</translation>
    </message>
    <message>
        <source>a summary needs a row and a column</source>
        <translation>eine Zusammenfassung braucht eine Zeile und eine Spalte</translation>
    </message>
    <message>
        <source>a maturity model needs at least one level</source>
        <translation>ein Reifegradmodell braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>maturity levels must be numbered 1, 2, 3, ... in order (found %1 where %2 was expected)</source>
        <translation>Reifegradstufen müssen der Reihe nach mit 1, 2, 3, ... nummeriert sein (%1 gefunden, wo %2 erwartet wurde)</translation>
    </message>
    <message>
        <source>maturity level %1 has no name</source>
        <translation>die Reifegradstufe %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>level %1 (%2) is used by %3 rating(s); change those first</source>
        <translation>die Stufe %1 (%2) wird von %3 Bewertung(en) verwendet; ändern Sie diese zuerst</translation>
    </message>
    <message>
        <source>that coder no longer exists</source>
        <translation>dieser Codierer existiert nicht mehr</translation>
    </message>
    <message>
        <source>that coder has not rated that case</source>
        <translation>dieser Codierer hat diesen Fall nicht bewertet</translation>
    </message>
    <message>
        <source>that rating no longer exists</source>
        <translation>diese Bewertung existiert nicht mehr</translation>
    </message>
    <message>
        <source>there is no coding %1</source>
        <translation>es gibt keine Codierung %1</translation>
    </message>
    <message>
        <source>coding %1 is not evidence for that rating</source>
        <translation>die Codierung %1 ist keine Evidenz für diese Bewertung</translation>
    </message>
    <message>
        <source>that case has no consensus rating</source>
        <translation>dieser Fall hat keine Konsensbewertung</translation>
    </message>
    <message>
        <source>there is nothing to find: the text to find is empty</source>
        <translation>es gibt nichts zu suchen: der Suchtext ist leer</translation>
    </message>
    <message>
        <source>the transcript was changed elsewhere since it was shown; it is shown as it is now: make the change again (nothing was changed)</source>
        <translation>das Transkript wurde anderswo geändert, seit es angezeigt wurde; es wird im aktuellen Stand angezeigt: Nehmen Sie die Änderung erneut vor (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>the new text would change under Unicode normalisation (a combining mark next to the edit?); replace the whole character instead</source>
        <translation>der neue Text würde sich durch die Unicode-Normalisierung ändern (ein kombinierendes Zeichen neben der Änderung?); ersetzen Sie stattdessen das ganze Zeichen</translation>
    </message>
</context>
<context>
    <name>situate::demo</name>
    <message>
        <source>demo resource %1 is missing</source>
        <translation>die Demo-Ressource %1 fehlt</translation>
    </message>
    <message>
        <source>codings.csv row %1: no document %2</source>
        <translation>codings.csv, Zeile %1: kein Dokument %2</translation>
    </message>
    <message>
        <source>codings.csv row %1: no code %2</source>
        <translation>codings.csv, Zeile %1: kein Code %2</translation>
    </message>
    <message>
        <source>codings.csv row %1: quote not found in %2</source>
        <translation>codings.csv, Zeile %1: Zitat nicht gefunden in %2</translation>
    </message>
    <message>
        <source>maturity_ratings.csv row %1</source>
        <translation>maturity_ratings.csv, Zeile %1</translation>
    </message>
    <message>
        <source>%1: no such case</source>
        <translation>%1: diesen Fall gibt es nicht</translation>
    </message>
    <message>
        <source>%1: bad evidence %2</source>
        <translation>%1: ungültiger Beleg %2</translation>
    </message>
    <message>
        <source>%1: no coding for %2</source>
        <translation>%1: keine Codierung für %2</translation>
    </message>
    <message>
        <source>maturity_consensus.csv row %1: no such case</source>
        <translation>maturity_consensus.csv, Zeile %1: diesen Fall gibt es nicht</translation>
    </message>
    <message>
        <source>evidence_summaries.csv row %1: %2</source>
        <translation>evidence_summaries.csv, Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>%1 kann nicht kopiert werden</translation>
    </message>
</context>
<context>
    <name>situate::evaluation</name>
    <message>
        <source>no research question %1</source>
        <translation>keine Forschungsfrage %1</translation>
    </message>
    <message>
        <source>no code %1</source>
        <translation>kein Code %1</translation>
    </message>
    <message>
        <source>no theory-of-change element %1</source>
        <translation>kein Element des Wirkungsmodells %1</translation>
    </message>
    <message>
        <source>summaries are written on research question, code and theory-of-change rows, not on saved queries</source>
        <translation>Zusammenfassungen werden zu Zeilen für Forschungsfragen, Codes und das Wirkungsmodell geschrieben, nicht zu gespeicherten Abfragen</translation>
    </message>
    <message>
        <source>unknown row kind</source>
        <translation>unbekannte Zeilenart</translation>
    </message>
    <message>
        <source>write an attribute column as attribute:NAME=VALUE</source>
        <translation>schreiben Sie eine Attributspalte als attribute:NAME=WERT</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>kein Fall %1</translation>
    </message>
    <message>
        <source>%1: a levels sheet needs the columns level, name and descriptor</source>
        <translation>%1: ein Stufenblatt braucht die Spalten level, name und descriptor</translation>
    </message>
    <message>
        <source>%1: levels must be numbered 1, 2, 3, ... in order (found &quot;%2&quot;, expected %3)</source>
        <translation>%1: Stufen müssen der Reihe nach mit 1, 2, 3, ... nummeriert sein („%2“ gefunden, %3 erwartet)</translation>
    </message>
    <message>
        <source>%1: level %2 has no name</source>
        <translation>%1: die Stufe %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: no levels</source>
        <translation>%1: keine Stufen</translation>
    </message>
    <message>
        <source>no coder %1</source>
        <translation>kein Codierer %1</translation>
    </message>
    <message>
        <source>coder %1 is named twice</source>
        <translation>der Codierer %1 ist zweimal genannt</translation>
    </message>
    <message>
        <source>a report needs a QGuiApplication (fonts for the charts)</source>
        <translation>ein Bericht braucht eine QGuiApplication (Schriften für die Diagramme)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>dem PDF kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>das PDF kann nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>writing a report needs a QGuiApplication (fonts)</source>
        <translation>das Schreiben eines Berichts braucht eine QGuiApplication (Schriften)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: a report is written as .html, .pdf or .docx, not &quot;%2&quot;</source>
        <translation>%1: Ein Bericht wird als .html, .pdf oder .docx geschrieben, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>situate::formats</name>
    <message>
        <source>Situate&apos;s file-format module (%1) could not be loaded: reinstall Situate. (%2)</source>
        <translation>Das Dateiformat-Modul von Situate (%1) konnte nicht geladen werden: Installieren Sie Situate neu. (%2)</translation>
    </message>
    <message>
        <source>Situate&apos;s file-format module (%1) belongs to another version of Situate: reinstall Situate.</source>
        <translation>Das Dateiformat-Modul von Situate (%1) gehört zu einer anderen Version von Situate: Installieren Sie Situate neu.</translation>
    </message>
    <message>
        <source>Situate&apos;s file-format module (situate-formats.so), needed for PDF, Excel, SPSS and Stata files, is missing: reinstall Situate.</source>
        <translation>Das Dateiformat-Modul von Situate (situate-formats.so), das für PDF-, Excel-, SPSS- und Stata-Dateien nötig ist, fehlt: Installieren Sie Situate neu.</translation>
    </message>
</context>
<context>
    <name>situate::import</name>
    <message>
        <source>minutes must be 00 to 59</source>
        <translation>Minuten müssen zwischen 00 und 59 liegen</translation>
    </message>
    <message>
        <source>seconds must be 00 to 59</source>
        <translation>Sekunden müssen zwischen 00 und 59 liegen</translation>
    </message>
    <message>
        <source>line %1: invalid timestamp &quot;%2&quot; (%3)</source>
        <translation>Zeile %1: ungültiger Zeitstempel „%2“ (%3)</translation>
    </message>
    <message>
        <source>line %1: the cue ends (%2) before it starts (%3)</source>
        <translation>Zeile %1: der Untertitel endet (%2), bevor er beginnt (%3)</translation>
    </message>
    <message>
        <source>not a WebVTT file (the first line must be &quot;WEBVTT&quot;)</source>
        <translation>keine WebVTT-Datei (die erste Zeile muss „WEBVTT“ lauten)</translation>
    </message>
    <message>
        <source>Line %1: text without a cue timing line was skipped.</source>
        <translation>Zeile %1: Text ohne Zeitangabezeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>contains no caption cues</source>
        <translation>enthält keine Untertitel</translation>
    </message>
    <message>
        <source>the text is longer than the %1-character limit</source>
        <translation>der Text ist länger als die Grenze von %1 Zeichen</translation>
    </message>
    <message>
        <source>the file name has no extension, so its format is unknown (Situate imports %1)</source>
        <translation>der Dateiname hat keine Endung, daher ist sein Format unbekannt (Situate importiert %1)</translation>
    </message>
    <message>
        <source>Situate cannot import .%1 files (it imports %2)</source>
        <translation>Situate kann keine .%1-Dateien importieren (es importiert %2)</translation>
    </message>
    <message>
        <source>not an OpenDocument text document (it is %1)</source>
        <translation>kein OpenDocument-Textdokument (es ist %1)</translation>
    </message>
    <message>
        <source>is password-protected; remove the password and import it again</source>
        <translation>ist passwortgeschützt; entfernen Sie das Passwort und importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <source>is password-protected or an old binary format, not a %1; remove the password or save it again as .docx or .odt</source>
        <translation>ist passwortgeschützt oder in einem alten Binärformat, kein %1; entfernen Sie das Passwort oder speichern Sie die Datei erneut als .docx oder .odt</translation>
    </message>
    <message>
        <source>could not be opened for reading</source>
        <translation>konnte nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>not a valid %1 (the zip archive is damaged or truncated)</source>
        <translation>kein gültiges %1 (das Zip-Archiv ist beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>not a valid %1 (the file is empty)</source>
        <translation>kein gültiges %1 (die Datei ist leer)</translation>
    </message>
    <message>
        <source>not a valid %1 (it is not a zip archive)</source>
        <translation>kein gültiges %1 (es ist kein Zip-Archiv)</translation>
    </message>
    <message>
        <source>The archive lists %1 item(s) with unsafe names (absolute or containing &quot;..&quot;); they were not read.</source>
        <translation>Das Archiv führt %1 Eintrag/Einträge mit unsicheren Namen auf (absolut oder mit „..“); sie wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>a part of the file inflates past the %1 limit (possible zip bomb)</source>
        <translation>ein Teil der Datei wird entpackt größer als die Grenze von %1 (mögliche Zip-Bombe)</translation>
    </message>
    <message>
        <source>not a valid %1 (the zip archive is damaged)</source>
        <translation>kein gültiges %1 (das Zip-Archiv ist beschädigt)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 is missing)</source>
        <translation>kein gültiges %1 (%2 fehlt)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 uses an unsupported compression method)</source>
        <translation>kein gültiges %1 (%2 verwendet eine nicht unterstützte Komprimierungsmethode)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 cannot be read: %3)</source>
        <translation>kein gültiges %1 (%2 kann nicht gelesen werden: %3)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 is damaged: %3)</source>
        <translation>kein gültiges %1 (%2 ist beschädigt: %3)</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 levels deep, which no real document does; it was refused</source>
        <translation>%1 verschachtelt Elemente mehr als %2 Ebenen tief, was kein echtes Dokument tut; es wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD), which Word and LibreOffice never write; it was refused as unsafe</source>
        <translation>%1 enthält eine Dokumenttypdeklaration (DTD), die Word und LibreOffice nie schreiben; es wurde als unsicher abgelehnt</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 is not well-formed XML: %3 at line %4)</source>
        <translation>kein gültiges %1 (%2 ist kein wohlgeformtes XML: %3 in Zeile %4)</translation>
    </message>
    <message>
        <source>not a valid PDF (the file is damaged or is not a PDF)</source>
        <translation>kein gültiges PDF (die Datei ist beschädigt oder kein PDF)</translation>
    </message>
    <message>
        <source>reading its text took longer than the %1 limit, so it was stopped (the PDF may be damaged or unusually complex; save it again as PDF or split it, then import it again)</source>
        <translation>das Lesen des Texts hat länger als die Grenze von %1 gedauert und wurde daher abgebrochen (das PDF ist vielleicht beschädigt oder ungewöhnlich komplex; speichern Sie es erneut als PDF oder teilen Sie es auf und importieren Sie es dann erneut)</translation>
    </message>
    <message>
        <source>has no text layer, only images of pages (a scan?): run OCR (text recognition) on it first, then import it again</source>
        <translation>hat keine Textebene, nur Bilder der Seiten (ein Scan?): Führen Sie zuerst eine Texterkennung (OCR) durch und importieren Sie es dann erneut</translation>
    </message>
    <message>
        <source>Code page %1 is not available; its characters were read as Windows-1252.</source>
        <translation>Die Codepage %1 ist nicht verfügbar; ihre Zeichen wurden als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>groups nest more than %1 levels deep, which no real document does; it was refused</source>
        <translation>Gruppen sind mehr als %1 Ebenen tief verschachtelt, was kein echtes Dokument tut; es wurde abgelehnt</translation>
    </message>
    <message>
        <source>not an RTF document (it does not start with {\rtf)</source>
        <translation>kein RTF-Dokument (es beginnt nicht mit {\rtf)</translation>
    </message>
    <message>
        <source>The file ends before its last group closes; it may be truncated.</source>
        <translation>Die Datei endet, bevor ihre letzte Gruppe geschlossen wird; sie ist vielleicht abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>situate::importsupport</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 import limit</source>
        <translation>die Datei ist %1 groß, mehr als die Importgrenze von %2</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the file is larger than the %1 import limit</source>
        <translation>die Datei ist größer als die Importgrenze von %1</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Some bytes were not valid %1 and were replaced with �.</source>
        <translation>Einige Bytes waren kein gültiges %1 und wurden durch � ersetzt.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>: the text has %1 characters, more than the %2 limit</source>
        <translation>: der Text hat %1 Zeichen, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>situate::io</name>
    <message>
        <source>%1: contains binary data, not CSV text</source>
        <translation>%1: enthält Binärdaten, keinen CSV-Text</translation>
    </message>
    <message>
        <source>%1: a quoted field is never closed (line %2)</source>
        <translation>%1: ein Feld in Anführungszeichen wird nie geschlossen (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: empty file, no header row</source>
        <translation>%1: leere Datei, keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1: larger than the %2 MB limit for CSV files</source>
        <translation>%1: größer als die Grenze von %2 MB für CSV-Dateien</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it</source>
        <translation>%1: nicht genug Speicher, um die Datei zu lesen</translation>
    </message>
    <message>
        <source>not enough memory to import it; nothing was imported (a text this large needs about 16 times its size in memory: split it, or import it on a machine with more)</source>
        <translation>nicht genug Speicher für den Import; nichts wurde importiert (ein so großer Text braucht etwa das 16-Fache seiner Größe an Speicher: Teilen Sie ihn auf oder importieren Sie ihn auf einem Rechner mit mehr Speicher)</translation>
    </message>
    <message>
        <source>%1 and %2 would both become the document &quot;%3&quot;; rename one of them</source>
        <translation>%1 und %2 würden beide zum Dokument „%3“; benennen Sie eines davon um</translation>
    </message>
    <message>
        <source>%1: same text as the document &quot;%2&quot; already in the project; not imported twice</source>
        <translation>%1: derselbe Text wie das Dokument „%2“, das bereits im Projekt ist; es wird nicht zweimal importiert</translation>
    </message>
    <message>
        <source>%1: same text as %2; imported once</source>
        <translation>%1: derselbe Text wie %2; nur einmal importiert</translation>
    </message>
    <message>
        <source>%1 would become the document &quot;%2&quot;, but the project already has a different document of that name; rename the file</source>
        <translation>%1 würde zum Dokument „%2“, aber das Projekt hat bereits ein anderes Dokument dieses Namens; benennen Sie die Datei um</translation>
    </message>
    <message>
        <source>%1: the header has no &quot;path&quot; column</source>
        <translation>%1: die Kopfzeile hat keine Spalte „path“</translation>
    </message>
    <message>
        <source>%1: empty code path</source>
        <translation>%1: leerer Codepfad</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a theory-of-change element (use context, input, activity, mechanism, output, outcome, impact, assumption or leave it empty)</source>
        <translation>%1: „%2“ ist kein Element des Wirkungsmodells (verwenden Sie context, input, activity, mechanism, output, outcome, impact, assumption oder lassen Sie es leer)</translation>
    </message>
    <message>
        <source>%1: the header has no &quot;%2&quot; column</source>
        <translation>%1: die Kopfzeile hat keine Spalte „%2“</translation>
    </message>
    <message>
        <source>%1: no document named &quot;%2&quot;</source>
        <translation>%1: kein Dokument namens „%2“</translation>
    </message>
    <message>
        <source>%1: start and end must be whole numbers</source>
        <translation>%1: Anfang und Ende müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <source>%1: the range %2-%3 is not inside &quot;%4&quot; (0-%5; end is exclusive)</source>
        <translation>%1: der Bereich %2-%3 liegt nicht in „%4“ (0-%5; das Ende ist ausgeschlossen)</translation>
    </message>
    <message>
        <source>%1: no code &quot;%2&quot; (use --create-codes to create missing codes)</source>
        <translation>%1: kein Code „%2“ (verwenden Sie --create-codes, um fehlende Codes anzulegen)</translation>
    </message>
    <message>
        <source>%1: the sheet has no columns</source>
        <translation>%1: das Tabellenblatt hat keine Spalten</translation>
    </message>
    <message>
        <source>%1: no document here has the same text</source>
        <translation>%1: kein Dokument hier hat denselben Text</translation>
    </message>
    <message>
        <source>code %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <source>coder %1: %2</source>
        <translation>Codierer %1: %2</translation>
    </message>
    <message>
        <source>%1 coding(s) on documents that are not in this project</source>
        <translation>%1 Codierung(en) auf Dokumenten, die nicht in diesem Projekt sind</translation>
    </message>
    <message>
        <source>%1 coding(s) outside their document&apos;s text</source>
        <translation>%1 Codierung(en) außerhalb des Texts ihres Dokuments</translation>
    </message>
    <message>
        <source>cannot merge a project into itself</source>
        <translation>ein Projekt kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>%1: the first row must name the columns find and replace (and optionally match and case)</source>
        <translation>%1: die erste Zeile muss die Spalten find und replace benennen (und optional match und case)</translation>
    </message>
    <message>
        <source>the find column is empty</source>
        <translation>die Spalte find ist leer</translation>
    </message>
    <message>
        <source>match must be &quot;word&quot; or &quot;anywhere&quot;, not &quot;%1&quot;</source>
        <translation>match muss „word“ oder „anywhere“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>case must be &quot;sensitive&quot; or &quot;ignore&quot;, not &quot;%1&quot;</source>
        <translation>case muss „sensitive“ oder „ignore“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: the list has no entries</source>
        <translation>%1: die Liste hat keine Einträge</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no %2</source>
        <translation>%1 ist keine Excel-Arbeitsmappe: es fehlt %2</translation>
    </message>
</context>
<context>
    <name>situate::project</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1: eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: already open in another Situate process (process %2 on %3); close it there first</source>
        <translation>%1: bereits in einem anderen Situate-Prozess geöffnet (Prozess %2 auf %3); schließen Sie es zuerst dort</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1: the disk holding it is full; free some space and open it again (nothing was changed)</source>
        <translation>%1: der Datenträger, auf dem es liegt, ist voll; schaffen Sie Platz und öffnen Sie es erneut (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file beside it (is the folder read-only?)</source>
        <translation>%1: die Sperrdatei daneben kann nicht angelegt werden (ist der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <source>not connected to the server, so &quot;%1&quot; was not saved: %2</source>
        <translation>nicht mit dem Server verbunden, daher wurde „%1“ nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>the connection to the server was lost while &quot;%1&quot; was being saved; whether the server kept it will show when the project is open again (%2)</source>
        <translation>die Verbindung zum Server ging verloren, während „%1“ gespeichert wurde; ob der Server es behalten hat, zeigt sich beim nächsten Öffnen des Projekts (%2)</translation>
    </message>
    <message>
        <source>the connection to the server was lost, so &quot;%1&quot; was not saved (%2)</source>
        <translation>die Verbindung zum Server ging verloren, daher wurde „%1“ nicht gespeichert (%2)</translation>
    </message>
    <message>
        <source>the server refused &quot;%1&quot;: your role in this project does not allow it (%2)</source>
        <translation>der Server hat „%1“ abgelehnt: Ihre Rolle in diesem Projekt erlaubt es nicht (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing of &quot;%2&quot; was saved. Free some space and try again</source>
        <translation>der Datenträger mit %1 ist voll; nichts von „%2“ wurde gespeichert. Schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>not connected to the server: &quot;%1&quot; is kept and will be sent when the connection is back</source>
        <translation>nicht mit dem Server verbunden: „%1“ wird aufbewahrt und gesendet, sobald die Verbindung wieder besteht</translation>
    </message>
    <message>
        <source>the server is still saving &quot;%1&quot;</source>
        <translation>der Server speichert „%1“ noch</translation>
    </message>
    <message>
        <source>the server can no longer tell whether &quot;%1&quot; was saved; look for it and make it again if it is missing</source>
        <translation>der Server kann nicht mehr sagen, ob „%1“ gespeichert wurde; prüfen Sie es und wiederholen Sie es, falls es fehlt</translation>
    </message>
    <message>
        <source>there was not enough memory for &quot;%1&quot;; nothing of it was saved</source>
        <translation>es war nicht genug Speicher für „%1“ vorhanden; nichts davon wurde gespeichert</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>situate::query</name>
    <message>
        <source>name the code to code with</source>
        <translation>nennen Sie den Code, mit dem codiert werden soll</translation>
    </message>
    <message>
        <source>name the coder to code as</source>
        <translation>nennen Sie den Codierer, als der codiert werden soll</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot;</source>
        <translation>den Namen „%1“</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>das Ende der Abfrage</translation>
    </message>
    <message>
        <source>column %1: expected \&quot; or \\ after a backslash in a name (a backslash only escapes a quote or itself)</source>
        <translation>Spalte %1: \&quot; oder \\ nach einem Backslash in einem Namen erwartet (ein Backslash maskiert nur ein Anführungszeichen oder sich selbst)</translation>
    </message>
    <message>
        <source>column %1: expected a closing &quot; for the name that starts here, found the end of the query</source>
        <translation>Spalte %1: schließendes &quot; für den Namen erwartet, der hier beginnt, das Ende der Abfrage gefunden</translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation>Spalte %1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>a whole number of words after &quot;near&quot;</source>
        <translation>eine ganze Zahl von Wörtern nach „near“</translation>
    </message>
    <message>
        <source>column %1: expected a number of words up to %2</source>
        <translation>Spalte %1: eine Anzahl von Wörtern bis %2 erwartet</translation>
    </message>
    <message>
        <source>a quoted name after &quot;%1&quot;</source>
        <translation>einen Namen in Anführungszeichen nach „%1“</translation>
    </message>
    <message>
        <source>no saved query &quot;%1&quot;</source>
        <translation>keine gespeicherte Abfrage „%1“</translation>
    </message>
    <message>
        <source>name the query to save</source>
        <translation>nennen Sie die zu speichernde Abfrage</translation>
    </message>
    <message>
        <source>a query&apos;s name cannot hold tabs, line breaks or other control characters</source>
        <translation>der Name einer Abfrage darf keine Tabulatoren, Zeilenumbrüche oder anderen Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the query to save is empty</source>
        <translation>die zu speichernde Abfrage ist leer</translation>
    </message>
    <message>
        <source>the saved query &quot;%1&quot;: %2</source>
        <translation>die gespeicherte Abfrage „%1“: %2</translation>
    </message>
</context>
<context>
    <name>situate::refi</name>
    <message>
        <source>the project has no codes, and a REFI-QDA codebook needs at least one</source>
        <translation>das Projekt hat keine Codes, und ein REFI-QDA-Codebuch braucht mindestens einen</translation>
    </message>
    <message>
        <source>the import was cancelled: the project is unchanged</source>
        <translation>der Import wurde abgebrochen: das Projekt ist unverändert</translation>
    </message>
    <message>
        <source>a matched code disappeared during the import</source>
        <translation>ein zugeordneter Code ist während des Imports verschwunden</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: %2</source>
        <translation>Code „%1“: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <source>%1 is a REFI-QDA project, not a codebook; import it as a project (qdpx import)</source>
        <translation>%1 ist ein REFI-QDA-Projekt, kein Codebuch; importieren Sie es als Projekt (qdpx import)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a REFI-QDA project (a .qdpx file is a zip archive; this is not one)</source>
        <translation>kein REFI-QDA-Projekt (eine .qdpx-Datei ist ein Zip-Archiv; diese ist keines)</translation>
    </message>
    <message>
        <source>could not be opened for reading</source>
        <translation>konnte nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>not a valid REFI-QDA project (the zip archive is damaged or truncated)</source>
        <translation>kein gültiges REFI-QDA-Projekt (das Zip-Archiv ist beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>the archive lists %1 files, more than the %2 a REFI-QDA import reads</source>
        <translation>das Archiv führt %1 Dateien auf, mehr als die %2, die ein REFI-QDA-Import liest</translation>
    </message>
    <message>
        <source>not a valid REFI-QDA project (the zip archive is damaged)</source>
        <translation>kein gültiges REFI-QDA-Projekt (das Zip-Archiv ist beschädigt)</translation>
    </message>
    <message>
        <source>the archive holds a file with an unsafe name (&quot;%1&quot;: absolute or with &quot;..&quot;, as in a zip-slip attack); it was refused</source>
        <translation>das Archiv enthält eine Datei mit unsicherem Namen („%1“: absolut oder mit „..“, wie bei einem Zip-Slip-Angriff); es wurde abgelehnt</translation>
    </message>
    <message>
        <source>not a REFI-QDA project (the archive holds no .qde project file at its top level)</source>
        <translation>kein REFI-QDA-Projekt (das Archiv enthält auf oberster Ebene keine .qde-Projektdatei)</translation>
    </message>
    <message>
        <source>the archive holds %1 .qde project files at its top level (%2); a REFI-QDA project has one</source>
        <translation>das Archiv enthält auf oberster Ebene %1 .qde-Projektdateien (%2); ein REFI-QDA-Projekt hat genau eine</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>konnte nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the file is larger than the %1 limit for a project file</source>
        <translation>die Datei ist größer als die Grenze von %1 für eine Projektdatei</translation>
    </message>
    <message>
        <source>%1 is not in the sources folder</source>
        <translation>%1 ist nicht im Quellenordner</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the sources folder; nothing was imported (put the file itself in the sources folder)</source>
        <translation>%1 ist ein symbolischer Link auf %2 außerhalb des Quellenordners; nichts wurde importiert (legen Sie die Datei selbst in den Quellenordner)</translation>
    </message>
    <message>
        <source>%1 is outside the sources folder: %2 is a symbolic link to %3; nothing was imported (make the sources folder a real folder)</source>
        <translation>%1 liegt außerhalb des Quellenordners: %2 ist ein symbolischer Link auf %3; nichts wurde importiert (machen Sie den Quellenordner zu einem echten Ordner)</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2)</source>
        <translation>%1 konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 limit for one source</source>
        <translation>%1 ist größer als die Grenze von %2 für eine Quelle</translation>
    </message>
    <message>
        <source>%1 is missing from the archive</source>
        <translation>%1 fehlt im Archiv</translation>
    </message>
    <message>
        <source>the zip archive is damaged (%1)</source>
        <translation>das Zip-Archiv ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>%1 is encrypted; export the project again without a password</source>
        <translation>%1 ist verschlüsselt; exportieren Sie das Projekt erneut ohne Passwort</translation>
    </message>
    <message>
        <source>%1 uses a compression method that cannot be read</source>
        <translation>%1 verwendet eine Komprimierungsmethode, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated (%1: %2)</source>
        <translation>das Zip-Archiv ist beschädigt oder abgeschnitten (%1: %2)</translation>
    </message>
    <message>
        <source>could not create the archive in memory</source>
        <translation>das Archiv konnte nicht im Speicher angelegt werden</translation>
    </message>
    <message>
        <source>could not add %1 to the archive</source>
        <translation>%1 konnte nicht zum Archiv hinzugefügt werden</translation>
    </message>
    <message>
        <source>could not finish the archive</source>
        <translation>das Archiv konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>could not read back the archive</source>
        <translation>das Archiv konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no XML elements; it is not a REFI-QDA file</source>
        <translation>%1 enthält keine XML-Elemente; es ist keine REFI-QDA-Datei</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project or codebook (its root element is &lt;%2&gt;, not &lt;Project&gt; or &lt;CodeBook&gt;)</source>
        <translation>%1 ist weder ein REFI-QDA-Projekt noch ein Codebuch (sein Wurzelelement ist &lt;%2&gt;, nicht &lt;Project&gt; oder &lt;CodeBook&gt;)</translation>
    </message>
    <message numerus="yes">
        <source>inclusion, exclusion and example of %n code(s) are written as labelled paragraphs of the code description</source>
        <translation>
            <numerusform>Einschluss, Ausschluss und Beispiel von %n Code werden als beschriftete Absätze der Codebeschreibung geschrieben</numerusform>
            <numerusform>Einschluss, Ausschluss und Beispiel von %n Codes werden als beschriftete Absätze der Codebeschreibung geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the theory-of-change element of %n code(s) is written as a &quot;Theory of change:&quot; paragraph of the code description</source>
        <translation>
            <numerusform>das Element der Wirkungslogik von %n Code wird als Absatz „Theory of change:“ der Codebeschreibung geschrieben</numerusform>
            <numerusform>das Element der Wirkungslogik von %n Codes wird als Absatz „Theory of change:“ der Codebeschreibung geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n research question(s) are written as sets of codes (code and title in the set name, the question in its description)</source>
        <translation>
            <numerusform>%n Forschungsfrage wird als Code-Set geschrieben (Kürzel und Titel im Namen des Sets, die Frage in seiner Beschreibung)</numerusform>
            <numerusform>%n Forschungsfragen werden als Code-Sets geschrieben (Kürzel und Titel im Namen des Sets, die Frage in seiner Beschreibung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code name(s) contain &quot;::&quot; or &quot;\&quot;, which other tools and Situate read as levels of a code path</source>
        <translation>
            <numerusform>%n Codename enthält „::“ oder „\“, was andere Programme und Situate als Ebenen eines Codepfads lesen</numerusform>
            <numerusform>%n Codenamen enthalten „::“ oder „\“, was andere Programme und Situate als Ebenen eines Codepfads lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code memo(s): a codebook file has no notes</source>
        <translation>
            <numerusform>%n Code-Memo: eine Codebuchdatei hat keine Notizen</numerusform>
            <numerusform>%n Code-Memos: eine Codebuchdatei hat keine Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key quote(s) are notes named &quot;Key quote&quot; on their codings</source>
        <translation>
            <numerusform>%n Schlüsselzitat ist eine Notiz namens „Key quote“ an seiner Codierung</numerusform>
            <numerusform>%n Schlüsselzitate sind Notizen namens „Key quote“ an ihren Codierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice attribute(s) are written as Text variables, their choices in the variable description</source>
        <translation>
            <numerusform>%n Auswahlattribut wird als Text-Variable geschrieben, seine Auswahlwerte in der Variablenbeschreibung</numerusform>
            <numerusform>%n Auswahlattribute werden als Text-Variablen geschrieben, ihre Auswahlwerte in der Variablenbeschreibung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case memo(s) are notes linked to their case (REFI-QDA cases take no notes)</source>
        <translation>
            <numerusform>%n Fall-Memo ist eine mit seinem Fall verknüpfte Notiz (REFI-QDA-Fälle haben keine Notizen)</numerusform>
            <numerusform>%n Fall-Memos sind mit ihrem Fall verknüpfte Notizen (REFI-QDA-Fälle haben keine Notizen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number value(s) that are not decimal numbers: %1</source>
        <translation>
            <numerusform>%n Zahlenwert, der keine Dezimalzahl ist: %1</numerusform>
            <numerusform>%n Zahlenwerte, die keine Dezimalzahlen sind: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the original files of %n document(s) (Word, PDF, captions...): every document is written as its plain text</source>
        <translation>
            <numerusform>die Originaldatei von %n Dokument (Word, PDF, Untertitel …): jedes Dokument wird als reiner Text geschrieben</numerusform>
            <numerusform>die Originaldateien von %n Dokumenten (Word, PDF, Untertitel …): jedes Dokument wird als reiner Text geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>caption timings of %n document(s): REFI-QDA text sources have no times</source>
        <translation>
            <numerusform>Untertitelzeiten von %n Dokument: REFI-QDA-Textquellen haben keine Zeiten</numerusform>
            <numerusform>Untertitelzeiten von %n Dokumenten: REFI-QDA-Textquellen haben keine Zeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>cases and sets</source>
        <translation>Fälle und Sets</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 %2 source(s) with %3 selection(s) and %4 coding(s): Situate cannot hold %2 sources yet</source>
        <translation>%1 %2-Quelle(n) mit %3 Auswahl(en) und %4 Codierung(en): Situate kann %2-Quellen noch nicht aufnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) of audio or video sources (their synchronisation with the media)</source>
        <translation>
            <numerusform>%n Transkript einer Audio- oder Videoquelle (seine Synchronisation mit dem Medium)</numerusform>
            <numerusform>%n Transkripte von Audio- oder Videoquellen (ihre Synchronisation mit dem Medium)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s) (network views)</source>
        <translation>
            <numerusform>%n Graph (Netzwerkansicht)</numerusform>
            <numerusform>%n Graphen (Netzwerkansichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>code &quot;%1&quot; has the same GUID as an earlier code; its codings go to that code</source>
        <translation>Code „%1“ hat dieselbe GUID wie ein früherer Code; seine Codierungen gehen an diesen Code</translation>
    </message>
    <message numerus="yes">
        <source>%n code name(s) contained &quot;/&quot;, which Situate keeps for paths; it became ∕</source>
        <translation>
            <numerusform>%n Codename enthielt „/“, das Situate für Pfade reserviert; daraus wurde ∕</numerusform>
            <numerusform>%n Codenamen enthielten „/“, das Situate für Pfade reserviert; daraus wurde ∕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had no name and are called &quot;Unnamed code&quot;</source>
        <translation>
            <numerusform>%n Code hatte keinen Namen und heißt „Unnamed code“</numerusform>
            <numerusform>%n Codes hatten keinen Namen und heißen „Unnamed code“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent code(s) were created for code paths written into names (&quot;::&quot;, &quot;\&quot; or &quot;/&quot;)</source>
        <translation>
            <numerusform>%n übergeordneter Code wurde für in Namen geschriebene Codepfade angelegt („::“, „\“ oder „/“)</numerusform>
            <numerusform>%n übergeordnete Codes wurden für in Namen geschriebene Codepfade angelegt („::“, „\“ oder „/“)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had the name of a sibling and got &quot; (2)&quot; (or a higher number) added</source>
        <translation>
            <numerusform>%n Code hatte den Namen eines Geschwistercodes und erhielt „ (2)“ (oder eine höhere Zahl)</numerusform>
            <numerusform>%n Codes hatten den Namen eines Geschwistercodes und erhielten „ (2)“ (oder eine höhere Zahl)</numerusform>
        </translation>
    </message>
    <message>
        <source>source &quot;%1&quot; became the document &quot;%2&quot; (the project has another document of that name)</source>
        <translation>Quelle „%1“ wurde zum Dokument „%2“ (das Projekt hat ein anderes Dokument dieses Namens)</translation>
    </message>
    <message>
        <source>%1: a coding refers to a code (%2) that is not in the codebook</source>
        <translation>%1: eine Codierung verweist auf einen Code (%2), der nicht im Codebuch steht</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2; its %3 selection(s) with %4 coding(s) were not imported</source>
        <translation>Quelle „%1“: %2; ihre %3 Auswahl(en) mit %4 Codierung(en) wurden nicht importiert</translation>
    </message>
    <message>
        <source>it has no text (neither a plainTextPath nor a PlainTextContent)</source>
        <translation>sie hat keinen Text (weder plainTextPath noch PlainTextContent)</translation>
    </message>
    <message>
        <source>its text file (%1) is not in the archive</source>
        <translation>ihre Textdatei (%1) ist nicht im Archiv</translation>
    </message>
    <message>
        <source>its text file (%1) is not in a sources folder beside the file</source>
        <translation>ihre Textdatei (%1) ist nicht in einem Quellenordner neben der Datei</translation>
    </message>
    <message>
        <source>its text file holds no text (%1 byte(s)): the exporting tool lost it; export the project again, or import the original document</source>
        <translation>ihre Textdatei enthält keinen Text (%1 Byte): das exportierende Programm hat ihn verloren; exportieren Sie das Projekt erneut oder importieren Sie das Originaldokument</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: selection %2 has no usable startPosition and endPosition; its %3 coding(s) were not imported</source>
        <translation>Quelle „%1“: Auswahl %2 hat keine brauchbaren startPosition und endPosition; ihre %3 Codierung(en) wurden nicht importiert</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: offsets read as %2, as the exporter counts them</source>
        <translation>Quelle „%1“: Positionen als %2 gelesen, wie das exportierende Programm sie zählt</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: offsets read as %2, as %3 counts them</source>
        <translation>Quelle „%1“: Positionen als %2 gelesen, wie %3 sie zählt</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the coding with &quot;%2&quot; at %3-%4 was not imported: %5</source>
        <translation>Quelle „%1“: die Codierung mit „%2“ bei %3-%4 wurde nicht importiert: %5</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; at %2-%3</source>
        <translation>Quelle „%1“ bei %2-%3</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>Quelle „%1“</translation>
    </message>
    <message numerus="yes">
        <source>source &quot;%1&quot;: %n selection(s) without a code (Situate keeps coded text only)</source>
        <translation>
            <numerusform>Quelle „%1“: %n Auswahl ohne Code (Situate behält nur codierten Text)</numerusform>
            <numerusform>Quelle „%1“: %n Auswahlen ohne Code (Situate behält nur codierten Text)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: its text file (%2) is missing</source>
        <translation>Notiz „%1“: ihre Textdatei (%2) fehlt</translation>
    </message>
    <message>
        <source>a value refers to a variable (%1) the file does not declare; it was left out</source>
        <translation>ein Wert verweist auf eine Variable (%1), die die Datei nicht deklariert; er wurde ausgelassen</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; holds dates with times; Situate keeps them as text</source>
        <translation>Variable „%1“ enthält Datumsangaben mit Uhrzeit; Situate behält sie als Text</translation>
    </message>
    <message>
        <source>%1; the value was left out</source>
        <translation>%1; der Wert wurde ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>case &quot;%1&quot; refers to %n source(s) the file does not contain: %2</source>
        <translation>
            <numerusform>Fall „%1“ verweist auf %n Quelle, die die Datei nicht enthält: %2</numerusform>
            <numerusform>Fall „%1“ verweist auf %n Quellen, die die Datei nicht enthält: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>case &quot;%1&quot;: %2 of its sources were not imported, so they are not in the case</source>
        <translation>Fall „%1“: %2 seiner Quellen wurden nicht importiert und sind daher nicht im Fall</translation>
    </message>
    <message>
        <source>case &quot;%1&quot;: %2 code and %3 selection reference(s); Situate cases group documents</source>
        <translation>Fall „%1“: %2 Code- und %3 Auswahlverweis(e); Fälle in Situate fassen Dokumente zusammen</translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot;: %n member code(s) are not in the codebook</source>
        <translation>
            <numerusform>Set „%1“: %n Mitgliedscode steht nicht im Codebuch</numerusform>
            <numerusform>Set „%1“: %n Mitgliedscodes stehen nicht im Codebuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot;: none of its %n source(s) was imported</source>
        <translation>
            <numerusform>Set „%1“: seine %n Quelle wurde nicht importiert</numerusform>
            <numerusform>Set „%1“: keine seiner %n Quellen wurde importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot; groups sources; it became a case of %n document(s)</source>
        <translation>
            <numerusform>Set „%1“ fasst Quellen zusammen; es wurde ein Fall mit %n Dokument</numerusform>
            <numerusform>Set „%1“ fasst Quellen zusammen; es wurde ein Fall mit %n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>set &quot;%1&quot;: it has no codes or sources</source>
        <translation>Set „%1“: es hat weder Codes noch Quellen</translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot;: %n note member(s)</source>
        <translation>
            <numerusform>Set „%1“: %n Notiz als Mitglied</numerusform>
            <numerusform>Set „%1“: %n Notizen als Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) attached to nothing Situate holds went into the project memo</source>
        <translation>
            <numerusform>%n Notiz, die an nichts hängt, was Situate aufnimmt, kam ins Projekt-Memo</numerusform>
            <numerusform>%n Notizen, die an nichts hängen, was Situate aufnimmt, kamen ins Projekt-Memo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inflates past the %2 limit for one file (possible zip bomb); nothing was imported</source>
        <translation>%1 überschreitet entpackt die Grenze von %2 für eine Datei (mögliche Zip-Bombe); nichts wurde importiert</translation>
    </message>
    <message>
        <source>the files read inflate past the %1 limit for one import (possible zip bomb); nothing was imported</source>
        <translation>die gelesenen Dateien überschreiten entpackt die Grenze von %1 für einen Import (mögliche Zip-Bombe); nichts wurde importiert</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>imported %1 (from %2)</source>
        <translation>%1 importiert (aus %2)</translation>
    </message>
    <message>
        <source>documents: %1 added, %2 already in the project</source>
        <translation>Dokumente: %1 hinzugefügt, %2 schon im Projekt</translation>
    </message>
    <message>
        <source>codes: %1 created, %2 matched</source>
        <translation>Codes: %1 angelegt, %2 zugeordnet</translation>
    </message>
    <message>
        <source>coders: %1 created</source>
        <translation>Codierer: %1 angelegt</translation>
    </message>
    <message>
        <source>codings: %1 added, %2 already in the project, %3 not placed</source>
        <translation>Codierungen: %1 hinzugefügt, %2 schon im Projekt, %3 nicht platziert</translation>
    </message>
    <message>
        <source>cases: %1 created, %2 matched</source>
        <translation>Fälle: %1 angelegt, %2 zugeordnet</translation>
    </message>
    <message>
        <source>attributes: %1 created, %2 value(s) set</source>
        <translation>Attribute: %1 angelegt, %2 Wert(e) gesetzt</translation>
    </message>
    <message>
        <source>memos: %1</source>
        <translation>Memos: %1</translation>
    </message>
    <message>
        <source>key quotes: %1</source>
        <translation>Schlüsselzitate: %1</translation>
    </message>
    <message>
        <source>research questions: %1 created, %2 matched, %3 code link(s)</source>
        <translation>Forschungsfragen: %1 angelegt, %2 zugeordnet, %3 Code-Verknüpfung(en)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>not placed: %1</source>
        <translation>nicht platziert: %1</translation>
    </message>
    <message>
        <source>cannot be represented: %1</source>
        <translation>kann nicht dargestellt werden: %1</translation>
    </message>
    <message>
        <source>written for Situate to read back: %1</source>
        <translation>für das Wiedereinlesen durch Situate geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 levels deep; it was refused</source>
        <translation>%1 verschachtelt Elemente tiefer als %2 Ebenen; die Datei wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD) with possible entity declarations; REFI-QDA files never need one, so it was refused as unsafe</source>
        <translation>%1 enthält eine Dokumenttypdeklaration (DTD) mit möglichen Entity-Deklarationen; REFI-QDA-Dateien brauchen nie eine, daher wurde die Datei als unsicher abgelehnt</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (%2 at line %3); the file is damaged or not a REFI-QDA file</source>
        <translation>%1 ist kein wohlgeformtes XML (%2 in Zeile %3); die Datei ist beschädigt oder keine REFI-QDA-Datei</translation>
    </message>
    <message>
        <source>UTF-16 code units, CRLF counted as one</source>
        <translation>UTF-16-Codeeinheiten, CRLF als eins gezählt</translation>
    </message>
    <message>
        <source>code points, CRLF counted as one</source>
        <translation>Codepunkte, CRLF als eins gezählt</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>UTF-16-Codeeinheiten</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>Codepunkte</translation>
    </message>
    <message>
        <source>its range %1-%2 is empty or reversed</source>
        <translation>ihr Bereich %1-%2 ist leer oder umgekehrt</translation>
    </message>
    <message>
        <source>its range %1-%2 runs past the end of the text (%3 %4)</source>
        <translation>ihr Bereich %1-%2 reicht über das Textende hinaus (%3 %4)</translation>
    </message>
    <message>
        <source>its range %1-%2 cuts a character in half (inside a surrogate pair)</source>
        <translation>ihr Bereich %1-%2 teilt ein Zeichen (innerhalb eines Surrogatpaars)</translation>
    </message>
    <message>
        <source>its range %1-%2 does not map exactly onto the normalised text (it starts or ends inside a combined character)</source>
        <translation>ihr Bereich %1-%2 passt nicht genau auf den normalisierten Text (er beginnt oder endet innerhalb eines kombinierten Zeichens)</translation>
    </message>
    <message>
        <source>the exporter puts it on line %1, but its range %2-%3 starts on line %4</source>
        <translation>das exportierende Programm setzt sie in Zeile %1, aber ihr Bereich %2-%3 beginnt in Zeile %4</translation>
    </message>
    <message>
        <source>the exporter says it coded &quot;%1&quot;, but its range %2-%3 covers &quot;%4&quot;</source>
        <translation>das exportierende Programm gibt „%1“ als codiert an, aber ihr Bereich %2-%3 umfasst „%4“</translation>
    </message>
</context>
<context>
    <name>situate::reliability</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not back up %1: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>could not back up %1: cannot write %2</source>
        <translation>%1 konnte nicht gesichert werden: %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no backup &quot;%1&quot; of %2</source>
        <translation>keine Sicherung „%1“ von %2</translation>
    </message>
    <message>
        <source>%1; nothing was restored</source>
        <translation>%1; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2; the project is unchanged</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2; das Projekt ist unverändert</translation>
    </message>
</context>
<context>
    <name>situate::storage</name>
    <message>
        <source>unexpected row &quot;%1&quot;</source>
        <translation>unerwartete Zeile „%1“</translation>
    </message>
    <message>
        <source>cannot read codings: %1</source>
        <translation>Codierungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read codings</source>
        <translation>Codierungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read codings: unexpected row &quot;%1&quot;</source>
        <translation>Codierungen können nicht gelesen werden: unerwartete Zeile „%1“</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>restoring needs the SQLite library Situate was built with</source>
        <translation>die Wiederherstellung braucht die SQLite-Bibliothek, mit der Situate gebaut wurde</translation>
    </message>
    <message>
        <source>PostgreSQL projects need Qt&apos;s PostgreSQL driver (QPSQL; on Debian the package libqt6sql6-psql), which is not installed</source>
        <translation>PostgreSQL-Projekte brauchen den PostgreSQL-Treiber von Qt (QPSQL; unter Debian das Paket libqt6sql6-psql), der nicht installiert ist</translation>
    </message>
    <message>
        <source>%1: the database does not store text as UTF-8 (create it with ENCODING &apos;UTF8&apos;)</source>
        <translation>%1: die Datenbank speichert Text nicht als UTF-8 (legen Sie sie mit ENCODING &apos;UTF8&apos; an)</translation>
    </message>
    <message>
        <source>not a usable PostgreSQL URL (%1); the form is postgresql://user@host:port/dbname</source>
        <translation>keine verwendbare PostgreSQL-URL (%1); die Form ist postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>a password in the URL is not accepted: it would show in the shell&apos;s history, in the list of processes and among the recent projects. Leave it out of the URL: the password comes from PGPASSWORD or ~/.pgpass, and the Situate window asks for it when neither gives it</source>
        <translation>ein Passwort in der URL wird nicht akzeptiert: Es wäre im Verlauf der Shell, in der Prozessliste und unter den zuletzt geöffneten Projekten zu sehen. Lassen Sie es in der URL weg: Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, und das Situate-Fenster fragt danach, wenn keines von beiden es liefert</translation>
    </message>
    <message>
        <source>generating needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>das Erzeugen braucht den SQLite-Treiber von Qt mit der SQLite-Bibliothek des Systems</translation>
    </message>
    <message>
        <source>cannot prepare a bulk insert: %1</source>
        <translation>eine Masseneinfügung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>internal error: %1 values for %2 columns</source>
        <translation>interner Fehler: %1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <source>cannot write the generated project: %1</source>
        <translation>das erzeugte Projekt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the project: %2</source>
        <translation>%1: das Projekt kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the project is in format %2 and this version of Situate needs format %3. Only the login that published it (the owner of its tables) may update a team project: ask them to open it once with this version. Nothing was changed.</source>
        <translation>%1: das Projekt hat das Format %2, und diese Version von Situate braucht das Format %3. Nur die Anmeldung, die es veröffentlicht hat (der Eigentümer seiner Tabellen), darf ein Teamprojekt aktualisieren: Bitten Sie sie, es einmal mit dieser Version zu öffnen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>evidence link %1 belongs to another coder&apos;s maturity rating, and only they or an owner may change it</source>
        <translation>der Evidenzverweis %1 gehört zur Reifegradbewertung eines anderen Codierers, und nur dieser oder ein Eigentümer darf ihn ändern</translation>
    </message>
    <message>
        <source>%1 %2 is another coder&apos;s, and only they or an owner may change it</source>
        <translation>%1 %2 gehört einem anderen Codierer, und nur dieser oder ein Eigentümer darf es ändern</translation>
    </message>
    <message>
        <source>could not save the change: the connection was lost before the server answered (test)</source>
        <translation>die Änderung konnte nicht gespeichert werden: die Verbindung ging verloren, bevor der Server antwortete (Test)</translation>
    </message>
    <message>
        <source>%1: this login may not read the project; its owner can give it a role (situate-cli team grant)</source>
        <translation>%1: diese Anmeldung darf das Projekt nicht lesen; sein Eigentümer kann ihr eine Rolle geben (situate-cli team grant)</translation>
    </message>
    <message>
        <source>%1: already holds a Situate project</source>
        <translation>%1: enthält bereits ein Situate-Projekt</translation>
    </message>
    <message>
        <source>%1: the database is not empty; a Situate project needs a database of its own (CREATE DATABASE)</source>
        <translation>%1: die Datenbank ist nicht leer; ein Situate-Projekt braucht eine eigene Datenbank (CREATE DATABASE)</translation>
    </message>
    <message>
        <source>%1: not a Situate project (the database holds no Situate schema; `situate-cli publish` puts a project there)</source>
        <translation>%1: kein Situate-Projekt (die Datenbank enthält kein Situate-Schema; `situate-cli publish` legt dort ein Projekt an)</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Situate (project format %2; this version reads up to %3). Update Situate to open it.</source>
        <translation>%1: mit einer neueren Version von Situate erstellt (Projektformat %2; diese Version liest bis Format %3). Aktualisieren Sie Situate, um es zu öffnen.</translation>
    </message>
    <message>
        <source>internal error: %1 values for %2 columns of %3</source>
        <translation>interner Fehler: %1 Werte für %2 Spalten von %3</translation>
    </message>
    <message>
        <source>internal error: unknown column %1.%2</source>
        <translation>interner Fehler: unbekannte Spalte %1.%2</translation>
    </message>
    <message>
        <source>internal error: unknown table </source>
        <translation>interner Fehler: unbekannte Tabelle </translation>
    </message>
    <message>
        <source>this project needs converting to the current format, which needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>dieses Projekt muss in das aktuelle Format umgewandelt werden, wofür der SQLite-Treiber von Qt die SQLite-Bibliothek des Systems verwenden muss</translation>
    </message>
    <message>
        <source>could not prepare the format conversion</source>
        <translation>die Formatumwandlung konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot bring this project to the current format: row %2 of %1 refers to a row that no longer exists; the file was not changed</source>
        <translation>dieses Projekt kann nicht in das aktuelle Format gebracht werden: Zeile %2 von %1 verweist auf eine Zeile, die nicht mehr existiert; die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <source>search failed: </source>
        <translation>die Suche ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>the project file is damaged: part of it cannot be read. Nothing was changed; restore the newest backup (File &gt; Restore backup) or run &quot;situate-cli check&quot; to see what is damaged</source>
        <translation>die Projektdatei ist beschädigt: ein Teil davon kann nicht gelesen werden. Nichts wurde geändert; stellen Sie die neueste Sicherung wieder her (Datei &gt; Sicherung wiederherstellen) oder führen Sie „situate-cli check“ aus, um zu sehen, was beschädigt ist</translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation>die Projektdatei konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>%1 already exists: another client has just added it. Nothing of this change was saved; try it again</source>
        <translation>%1 existiert bereits: ein anderer Client hat es gerade hinzugefügt. Nichts von dieser Änderung wurde gespeichert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>another client was changing the same entries at the same moment. Nothing of this change was saved; try it again</source>
        <translation>ein anderer Client hat im selben Moment dieselben Einträge geändert. Nichts von dieser Änderung wurde gespeichert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ging verloren</translation>
    </message>
    <message>
        <source>an earlier step of this change failed, so the server did not take the rest; nothing was saved</source>
        <translation>ein früherer Schritt dieser Änderung ist fehlgeschlagen, daher hat der Server den Rest nicht übernommen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>this is a read-only connection to the project: nothing can be changed through it</source>
        <translation>dies ist eine schreibgeschützte Verbindung zum Projekt: über sie kann nichts geändert werden</translation>
    </message>
    <message>
        <source>it refers to something that another client has just deleted, or something still refers to what it removes. Nothing was saved; look again and retry</source>
        <translation>es verweist auf etwas, das ein anderer Client gerade gelöscht hat, oder etwas verweist noch auf das, was entfernt wird. Nichts wurde gespeichert; sehen Sie erneut nach und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>the server did not accept a value of this change%1</source>
        <translation>der Server hat einen Wert dieser Änderung nicht akzeptiert%1</translation>
    </message>
    <message>
        <source>the server is short of disk space, memory or connections. Nothing was saved; try again later</source>
        <translation>dem Server fehlt Speicherplatz, Arbeitsspeicher oder Verbindungen. Nichts wurde gespeichert; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server cancelled the request</source>
        <translation>der Server hat die Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>the request is too large for the server%1</source>
        <translation>die Anfrage ist zu groß für den Server%1</translation>
    </message>
    <message>
        <source>the server could not do it%1</source>
        <translation>der Server konnte es nicht ausführen%1</translation>
    </message>
    <message>
        <source>the server wants a password. Give it with PGPASSWORD or in ~/.pgpass (the Situate window asks for it)</source>
        <translation>der Server verlangt ein Passwort. Geben Sie es mit PGPASSWORD oder in ~/.pgpass an (das Situate-Fenster fragt danach)</translation>
    </message>
    <message>
        <source>the server did not accept the password for this user (or there is no such user)</source>
        <translation>der Server hat das Passwort für diesen Benutzer nicht akzeptiert (oder es gibt diesen Benutzer nicht)</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>der Server hat keine solche Datenbank</translation>
    </message>
    <message>
        <source>the server has no such user</source>
        <translation>der Server hat keinen solchen Benutzer</translation>
    </message>
    <message>
        <source>this user may not log in to the server</source>
        <translation>dieser Benutzer darf sich nicht am Server anmelden</translation>
    </message>
    <message>
        <source>the server does not let this user connect to this database from here (pg_hba.conf; ask its administrator)</source>
        <translation>der Server lässt diesen Benutzer von hier aus nicht mit dieser Datenbank verbinden (pg_hba.conf; fragen Sie die Administration)</translation>
    </message>
    <message>
        <source>this user may not connect to this database (ask the project&apos;s owner for a role)</source>
        <translation>dieser Benutzer darf sich nicht mit dieser Datenbank verbinden (bitten Sie den Eigentümer des Projekts um eine Rolle)</translation>
    </message>
    <message>
        <source>the server offers no encrypted connection, which Situate needs for a server on another computer (ask its administrator to turn on SSL)</source>
        <translation>der Server bietet keine verschlüsselte Verbindung an, die Situate für einen Server auf einem anderen Computer braucht (bitten Sie die Administration, SSL einzuschalten)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified (check sslrootcert and the host name in the URL)</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden (prüfen Sie sslrootcert und den Hostnamen in der URL)</translation>
    </message>
    <message>
        <source>the encrypted connection could not be set up (check the URL&apos;s ssl settings)</source>
        <translation>die verschlüsselte Verbindung konnte nicht hergestellt werden (prüfen Sie die ssl-Einstellungen der URL)</translation>
    </message>
    <message>
        <source>there is no server of that name (check the host in the URL)</source>
        <translation>es gibt keinen Server dieses Namens (prüfen Sie den Host in der URL)</translation>
    </message>
    <message>
        <source>the server did not answer in time (is it running, and is the address right?)</source>
        <translation>der Server hat nicht rechtzeitig geantwortet (läuft er, und stimmt die Adresse?)</translation>
    </message>
    <message>
        <source>the server does not take connections at the moment; try again shortly</source>
        <translation>der Server nimmt im Moment keine Verbindungen an; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>a setting in the URL was not accepted</source>
        <translation>eine Einstellung in der URL wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>no server answers there (is it running, and are the host and port right?)</source>
        <translation>dort antwortet kein Server (läuft er, und stimmen Host und Port?)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>%1 was renamed, moved or deleted while open; nothing more can be saved here, and what was saved last is not in the file yet (%2): close the project here, then open it from its new place</source>
        <translation>%1 wurde umbenannt, verschoben oder gelöscht, während es geöffnet war; hier kann nichts mehr gespeichert werden, und das zuletzt Gespeicherte ist noch nicht in der Datei (%2): Schließen Sie das Projekt hier und öffnen Sie es dann von seinem neuen Ort</translation>
    </message>
    <message>
        <source>%1 was renamed, moved or deleted while open; nothing more can be saved here. Everything saved before is in the file: open it from its new place to go on</source>
        <translation>%1 wurde umbenannt, verschoben oder gelöscht, während es geöffnet war; hier kann nichts mehr gespeichert werden. Alles zuvor Gespeicherte ist in der Datei: Öffnen Sie sie von ihrem neuen Ort, um weiterzuarbeiten</translation>
    </message>
    <message>
        <source>the project is being read elsewhere</source>
        <translation>das Projekt wird gerade anderswo gelesen</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1: eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1: not a Situate project (the file is not an SQLite database)</source>
        <translation>%1: kein Situate-Projekt (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: the file is read-only; Situate needs to write to it</source>
        <translation>%1: die Datei ist schreibgeschützt; Situate muss in sie schreiben können</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be set up: %2</source>
        <translation>%1: kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists</source>
        <translation>%1 %2 existiert nicht mehr</translation>
    </message>
    <message>
        <source>could not start a transaction: </source>
        <translation>eine Transaktion konnte nicht gestartet werden: </translation>
    </message>
    <message>
        <source>commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <source>the change was rolled back</source>
        <translation>die Änderung wurde zurückgerollt</translation>
    </message>
    <message>
        <source>could not save the change: </source>
        <translation>die Änderung konnte nicht gespeichert werden: </translation>
    </message>
    <message>
        <source>the project&apos;s tables are missing</source>
        <translation>die Tabellen des Projekts fehlen</translation>
    </message>
    <message>
        <source>the table %1 differs between the two projects (are both at the same format version?)</source>
        <translation>die Tabelle %1 unterscheidet sich zwischen den beiden Projekten (haben beide dieselbe Formatversion?)</translation>
    </message>
    <message>
        <source>internal error: not a PostgreSQL project</source>
        <translation>interner Fehler: kein PostgreSQL-Projekt</translation>
    </message>
    <message>
        <source>the server already has a role named &quot;%1&quot; that this project did not make (a project of the same name that was dropped may have left it, or someone else made it). Situate does not take over a role it cannot vouch for: a server administrator removes it (DROP ROLE) or renames it, then run team grant again</source>
        <translation>der Server hat bereits eine Rolle namens „%1“, die dieses Projekt nicht angelegt hat (ein gelöschtes Projekt gleichen Namens hat sie vielleicht hinterlassen, oder jemand anderes hat sie angelegt). Situate übernimmt keine Rolle, für die es nicht bürgen kann: Die Server-Administration entfernt sie (DROP ROLE) oder benennt sie um, dann führen Sie team grant erneut aus</translation>
    </message>
    <message>
        <source>every login on the server may still connect to the database &quot;%1&quot; or create objects in its schema &quot;%2&quot;, and this login may not change that (it does not own them). A server administrator runs: REVOKE CREATE ON SCHEMA %2 FROM PUBLIC; REVOKE ALL ON DATABASE %1 FROM PUBLIC; then run team grant again</source>
        <translation>jede Anmeldung am Server kann sich noch mit der Datenbank „%1“ verbinden oder Objekte in ihrem Schema „%2“ anlegen, und diese Anmeldung kann das nicht ändern (sie ist nicht deren Eigentümer). Die Server-Administration führt aus: REVOKE CREATE ON SCHEMA %2 FROM PUBLIC; REVOKE ALL ON DATABASE %1 FROM PUBLIC; dann führen Sie team grant erneut aus</translation>
    </message>
    <message>
        <source>the server has no login role named &quot;%1&quot; (an administrator creates it: CREATE ROLE ... LOGIN PASSWORD ...)</source>
        <translation>der Server hat keine Anmelderolle namens „%1“ (die Administration legt sie an: CREATE ROLE ... LOGIN PASSWORD ...)</translation>
    </message>
    <message>
        <source>roles belong to projects on PostgreSQL; a project file has none</source>
        <translation>Rollen gehören zu Projekten auf PostgreSQL; eine Projektdatei hat keine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no role in this project</source>
        <translation>„%1“ hat keine Rolle in diesem Projekt</translation>
    </message>
    <message>
        <source>the project file is damaged (%1)</source>
        <translation>die Projektdatei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>could not erase the removed text from the project: %1</source>
        <translation>der entfernte Text konnte nicht aus dem Projekt gelöscht werden: %1</translation>
    </message>
    <message>
        <source>could not erase the removed text from the project while another window or process reads it; close it and try again</source>
        <translation>der entfernte Text konnte nicht aus dem Projekt gelöscht werden, während ein anderes Fenster oder ein anderer Prozess es liest; schließen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>could not erase the removed text from the server&apos;s files while the server still runs work that may read the project as it was (a team member&apos;s window, a long read, work in another database on the server); try again once it has finished</source>
        <translation>der entfernte Text konnte nicht aus den Dateien des Servers gelöscht werden, solange der Server noch Arbeiten ausführt, die das Projekt im früheren Stand lesen können (das Fenster eines Teammitglieds, ein langer Lesevorgang, Arbeit in einer anderen Datenbank des Servers); versuchen Sie es erneut, wenn sie beendet sind</translation>
    </message>
    <message>
        <source>the removed text is gone from the project, but only the login that published it (the owner of its tables) can erase it from the server&apos;s files: ask them, or the server&apos;s administrator, to run VACUUM (FULL, ANALYZE) in the project&apos;s database</source>
        <translation>der entfernte Text ist aus dem Projekt verschwunden, aber nur die Anmeldung, die es veröffentlicht hat (der Eigentümer seiner Tabellen), kann ihn aus den Dateien des Servers löschen: Bitten Sie sie oder die Server-Administration, VACUUM (FULL, ANALYZE) in der Datenbank des Projekts auszuführen</translation>
    </message>
    <message>
        <source>not a Situate project</source>
        <translation>kein Situate-Projekt</translation>
    </message>
    <message>
        <source>not a Situate project (no schema)</source>
        <translation>kein Situate-Projekt (kein Schema)</translation>
    </message>
    <message>
        <source>made by a newer version of Situate (project format %1)</source>
        <translation>mit einer neueren Version von Situate erstellt (Projektformat %1)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not close the copy</source>
        <translation>die Kopie konnte nicht geschlossen werden</translation>
    </message>
    <message>
        <source>a password does not belong in the URL; it comes from PGPASSWORD or ~/.pgpass, or the Situate window asks for it</source>
        <translation>ein Passwort gehört nicht in die URL; es kommt aus PGPASSWORD oder ~/.pgpass, oder das Situate-Fenster fragt danach</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>sie lässt sich nicht auswerten</translation>
    </message>
    <message>
        <source>no database name</source>
        <translation>kein Datenbankname</translation>
    </message>
    <message>
        <source>the database name contains /</source>
        <translation>der Datenbankname enthält /</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is given twice; give each setting once</source>
        <translation>die Einstellung „%1“ ist zweimal angegeben; geben Sie jede Einstellung nur einmal an</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; holds a character it may not (a control character or ;)</source>
        <translation>die Einstellung „%1“ enthält ein unzulässiges Zeichen (ein Steuerzeichen oder ;)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>sslmode=%1 would let the connection to a server on another computer go unencrypted, so that anyone on the way could read or change it; leave sslmode out (Situate then requires encryption) or use verify-full</source>
        <translation>sslmode=%1 würde die Verbindung zu einem Server auf einem anderen Computer unverschlüsselt lassen, sodass jeder auf dem Weg sie lesen oder ändern könnte; lassen Sie sslmode weg (Situate verlangt dann Verschlüsselung) oder verwenden Sie verify-full</translation>
    </message>
    <message>
        <source>connected to %1, but cannot listen for other clients&apos; changes</source>
        <translation>mit %1 verbunden, aber die Änderungen anderer Clients können nicht verfolgt werden</translation>
    </message>
    <message>
        <source>schema update failed</source>
        <translation>die Aktualisierung des Schemas ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>could not start a transaction</source>
        <translation>eine Transaktion konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>could not record the schema version</source>
        <translation>die Schemaversion konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not save the schema</source>
        <translation>das Schema konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>an entry with the same identifier</source>
        <translation>ein Eintrag mit derselben Kennung</translation>
    </message>
    <message>
        <source>the same entry</source>
        <translation>derselbe Eintrag</translation>
    </message>
    <message>
        <source>cannot connect to %1: </source>
        <translation>keine Verbindung zu %1 möglich: </translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated?)</source>
        <translation>die Datei ist kürzer, als ihr Kopf angibt (abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1: damaged or not a database (%2)</source>
        <translation>%1: beschädigt oder keine Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Situate project</source>
        <translation>%1: eine SQLite-Datenbank, aber kein Situate-Projekt</translation>
    </message>
    <message>
        <source>%1: not a Situate project (no schema)</source>
        <translation>%1: kein Situate-Projekt (kein Schema)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1: die Projektdatei ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot count %1</source>
        <translation>%1 kann nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot write %1 rows %2 to %3</source>
        <translation>die Zeilen %2 bis %3 von %1 können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot set the next id of %1</source>
        <translation>die nächste Kennung von %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot read a document&apos;s text</source>
        <translation>der Text eines Dokuments kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: an edit was interrupted and cannot be undone; check that the file and its folder can be written to</source>
        <translation>%1: eine Änderung wurde unterbrochen und kann nicht rückgängig gemacht werden; prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind</translation>
    </message>
    <message>
        <source>cannot read documents: %1</source>
        <translation>Dokumente können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>situate::team</name>
    <message>
        <source>the two projects have different tables (are both at the same format version?)</source>
        <translation>die beiden Projekte haben unterschiedliche Tabellen (haben beide dieselbe Formatversion?)</translation>
    </message>
    <message>
        <source>publish needs a postgresql://user@host:port/dbname URL to copy the project to</source>
        <translation>das Veröffentlichen braucht eine URL postgresql://user@host:port/dbname, in die das Projekt kopiert wird</translation>
    </message>
    <message>
        <source>%1: nothing was published: %2 (and the tables made for it could not be removed again: %3)</source>
        <translation>%1: nichts wurde veröffentlicht: %2 (und die dafür angelegten Tabellen konnten nicht wieder entfernt werden: %3)</translation>
    </message>
    <message>
        <source>%1: nothing was published: %2</source>
        <translation>%1: nichts wurde veröffentlicht: %2</translation>
    </message>
    <message>
        <source>publish copies a local project file; %1 is already on a server</source>
        <translation>das Veröffentlichen kopiert eine lokale Projektdatei; %1 liegt bereits auf einem Server</translation>
    </message>
    <message>
        <source>clone copies a project from a server: give a postgresql://user@host:port/dbname URL first</source>
        <translation>das Klonen kopiert ein Projekt von einem Server: Geben Sie zuerst eine URL postgresql://user@host:port/dbname an</translation>
    </message>
    <message>
        <source>clone writes a local project file, not a URL</source>
        <translation>das Klonen schreibt eine lokale Projektdatei, keine URL</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; clone makes a new one</source>
        <translation>%1: eine Datei dieses Namens existiert bereits; das Klonen legt eine neue an</translation>
    </message>
    <message>
        <source>%1: nothing was cloned: %2</source>
        <translation>%1: nichts wurde geklont: %2</translation>
    </message>
</context>
<context>
    <name>situate::text</name>
    <message>
        <source>The range %1-%2 is not within the text (%3 characters).</source>
        <translation>Der Bereich %1-%2 liegt nicht im Text (%3 Zeichen).</translation>
    </message>
    <message>
        <source>The replacements of %1-%2 and %3-%4 overlap or are out of order.</source>
        <translation>Die Ersetzungen von %1-%2 und %3-%4 überlappen sich oder stehen in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>Entry %1 has nothing to find.</source>
        <translation>Eintrag %1 hat nichts zu suchen.</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”) repeats entry %3.</source>
        <translation>Eintrag %1 („%2“) wiederholt Eintrag %3.</translation>
    </message>
</context>
</TS>

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
</context>
</TS>

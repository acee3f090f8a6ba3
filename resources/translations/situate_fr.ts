<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : impossible d’écrire le fichier (%2)</translation>
    </message>
    <message>
        <source>Made with Situate</source>
        <translation>Créé avec Situate</translation>
    </message>
    <message>
        <source>Save %1 as SVG</source>
        <translation>Enregistrer %1 en SVG</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Enregistrer %1 en PNG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Situate</source>
        <translation>Situate</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonymisation</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>Edit research question</source>
        <translation>Modifier la question de recherche</translation>
    </message>
    <message>
        <source>Add research question</source>
        <translation>Ajouter une question de recherche</translation>
    </message>
    <message>
        <source>e.g. RQ3</source>
        <translation>p. ex. QR3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Titre court</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>situate::AgreementChoices</name>
    <message>
        <source>Tick the coders to compare. The first ticked coder is &quot;first&quot;, the second &quot;second&quot;; drag to change the order.</source>
        <translation>Cochez les codeurs à comparer. Le premier coché est le « premier », le deuxième le « second » ; faites glisser pour changer l’ordre.</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Caractère</translation>
    </message>
    <message>
        <source>Each character is coded or not by each coder (NVivo&apos;s coding comparison). Two coders.</source>
        <translation>Chaque caractère est codé ou non par chaque codeur (comparaison de codage de NVivo). Deux codeurs.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A coded segment agrees when the other coder&apos;s segment of the same code overlaps it enough (MAXQDA&apos;s segment agreement). Two coders.</source>
        <translation>Un segment codé concorde lorsque le segment de l’autre codeur, du même code, le recouvre suffisamment (concordance de segments de MAXQDA). Deux codeurs.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Each document is one unit: is the code present, or which level of a group?</source>
        <translation>Chaque document est une unité : le code est-il présent, ou quel niveau d’un groupe ?</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Each non-blank line is one unit: is the code present, or which level of a group?</source>
        <translation>Chaque ligne non vide est une unité : le code est-il présent, ou quel niveau d’un groupe ?</translation>
    </message>
    <message>
        <source>Speaker turn</source>
        <translation>Tour de parole</translation>
    </message>
    <message>
        <source>Each speaker turn or caption cue is one unit: is the code present, or which level of a group?</source>
        <translation>Chaque tour de parole ou sous-titre est une unité : le code est-il présent, ou quel niveau d’un groupe ?</translation>
    </message>
    <message>
        <source>A code whose child codes are mutually exclusive values (e.g. maturity levels). Without one, each code is compared as present or absent.</source>
        <translation>Un code dont les sous-codes sont des valeurs mutuellement exclusives (p. ex. des niveaux de maturité). Sans groupe, chaque code est comparé comme présent ou absent.</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominale</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Ordinale</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>How far apart two values are for Krippendorff&apos;s alpha. Ordinal and interval use the child codes&apos; order in the codebook, never their names.</source>
        <translation>La distance entre deux valeurs pour l’alpha de Krippendorff. Ordinale et intervalle suivent l’ordre des sous-codes dans le livre de codes, jamais leurs noms.</translation>
    </message>
    <message>
        <source> % of the longer</source>
        <translation> % du plus long</translation>
    </message>
    <message>
        <source>Two segments agree when they share at least this share of the longer segment&apos;s characters.</source>
        <translation>Deux segments concordent lorsqu’ils partagent au moins cette part des caractères du segment le plus long.</translation>
    </message>
    <message>
        <source>All codes the coders applied</source>
        <translation>Tous les codes appliqués</translation>
    </message>
    <message>
        <source>Codes ticked below</source>
        <translation>Les codes cochés ci-dessous</translation>
    </message>
    <message>
        <source>Documents the coders coded</source>
        <translation>Les documents codés</translation>
    </message>
    <message>
        <source>Documents ticked below</source>
        <translation>Les documents cochés ci-dessous</translation>
    </message>
    <message>
        <source>Character and segment units: the documents every chosen coder coded. Document, paragraph and turn units: the documents any of them coded.</source>
        <translation>Unités caractère et segment : les documents que chaque codeur choisi a codés. Unités document, paragraphe et tour de parole : les documents que l’un d’eux a codés.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>None: code presence</source>
        <translation>Aucun (présence)</translation>
    </message>
    <message>
        <source>Agreement needs a project with at least two coders.</source>
        <translation>L’accord nécessite un projet avec au moins deux codeurs.</translation>
    </message>
    <message>
        <source>Tick at least two coders.</source>
        <translation>Cochez au moins deux codeurs.</translation>
    </message>
    <message>
        <source>The %1 unit compares exactly two coders: tick two.</source>
        <translation>L’unité %1 compare exactement deux codeurs : cochez-en deux.</translation>
    </message>
    <message>
        <source>Tick at least one code, or compare all codes.</source>
        <translation>Cochez au moins un code, ou comparez tous les codes.</translation>
    </message>
    <message>
        <source>Tick at least one document, or compare all documents.</source>
        <translation>Cochez au moins un document, ou comparez tous les documents.</translation>
    </message>
    <message>
        <source>With a group, its child codes are compared.</source>
        <translation>Avec un groupe, ses sous-codes sont comparés.</translation>
    </message>
    <message>
        <source>Tick two or more; drag to reorder.</source>
        <translation>Cochez-en deux ou plus ; glissez pour trier.</translation>
    </message>
    <message>
        <source>Disagreements: %1 (first) vs %2 (second).</source>
        <translation>Désaccords : %1 (premier) contre %2 (second).</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Codeurs à comparer</translation>
    </message>
    <message>
        <source>Minimum overlap</source>
        <translation>Chevauchement minimal</translation>
    </message>
    <message>
        <source>Codes to compare</source>
        <translation>Codes à comparer</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>Documents à comparer</translation>
    </message>
</context>
<context>
    <name>situate::AgreementReason</name>
    <message>
        <source>no characters to compare</source>
        <translation>aucun caractère à comparer</translation>
    </message>
    <message>
        <source>no variation: both coders coded every character</source>
        <translation>aucune variation : les deux codeurs ont codé chaque caractère</translation>
    </message>
    <message>
        <source>no variation: neither coder coded any character</source>
        <translation>aucune variation : aucun des deux codeurs n’a codé le moindre caractère</translation>
    </message>
    <message>
        <source>no unit was coded by both coders</source>
        <translation>aucune unité n’a été codée par les deux codeurs</translation>
    </message>
    <message>
        <source>no variation: both coders gave every unit the same value</source>
        <translation>aucune variation : les deux codeurs ont donné la même valeur à chaque unité</translation>
    </message>
    <message>
        <source>no unit has values from two coders</source>
        <translation>aucune unité n’a de valeurs de deux codeurs</translation>
    </message>
    <message>
        <source>no variation: every pairable value is the same</source>
        <translation>aucune variation : toutes les valeurs appariables sont identiques</translation>
    </message>
    <message>
        <source>needs at least two coders</source>
        <translation>il faut au moins deux codeurs</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa compares exactly two coders</source>
        <translation>le kappa de Cohen compare exactement deux codeurs</translation>
    </message>
    <message>
        <source>weighted kappa compares exactly two coders</source>
        <translation>le kappa pondéré compare exactement deux codeurs</translation>
    </message>
    <message>
        <source>weighted kappa needs at least two ordered categories</source>
        <translation>le kappa pondéré demande au moins deux catégories ordonnées</translation>
    </message>
    <message>
        <source>Scott&apos;s pi compares exactly two coders</source>
        <translation>le pi de Scott compare exactement deux codeurs</translation>
    </message>
    <message>
        <source>no variation: every coder gave every unit the same value</source>
        <translation>aucune variation : chaque codeur a donné la même valeur à chaque unité</translation>
    </message>
    <message>
        <source>needs at least two categories</source>
        <translation>il faut au moins deux catégories</translation>
    </message>
    <message>
        <source>no categories</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <source>alpha is undefined</source>
        <translation>alpha n’est pas défini</translation>
    </message>
    <message>
        <source>no unit was coded by all %1 coders</source>
        <translation>aucune unité n’a été codée par les %1 codeurs</translation>
    </message>
    <message>
        <source>too few pairable units to resample (%1)</source>
        <translation>trop peu d’unités appariables pour le rééchantillonnage (%1)</translation>
    </message>
    <message>
        <source>alpha was undefined in %1 of %2 resamples (no variation)</source>
        <translation>alpha n’était pas défini dans %1 des %2 rééchantillonnages (aucune variation)</translation>
    </message>
    <message>
        <source>no segments: neither coder applied the code</source>
        <translation>aucun segment : aucun des deux codeurs n’a appliqué le code</translation>
    </message>
    <message>
        <source>only one code compared: chance agreement 1/k is 1</source>
        <translation>un seul code comparé : l’accord dû au hasard 1/k vaut 1</translation>
    </message>
</context>
<context>
    <name>situate::AgreementTable</name>
    <message>
        <source> Rough reading (Landis &amp; Koch 1977): below 0.40 poor to fair, 0.41-0.60 moderate, 0.61-0.80 substantial, above 0.80 almost perfect.</source>
        <translation> Lecture approximative (Landis &amp; Koch 1977) : sous 0,40 faible à passable, 0,41-0,60 modéré, 0,61-0,80 substantiel, au-dessus de 0,80 presque parfait.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code compared (only its own codings, not its sub-codes&apos;). Unfold a code for its rows per document.</source>
        <translation>Le code comparé (seulement ses propres codages, pas ceux de ses sous-codes). Dépliez un code pour ses lignes par document.</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% d’accord</translation>
    </message>
    <message>
        <source>(both + neither) / n. High whenever a code is rare, because most characters are coded by neither: read it with kappa and alpha.</source>
        <translation>(les deux + aucun) / n. Élevé dès qu’un code est rare, car la plupart des caractères ne sont codés par aucun : lisez-le avec kappa et alpha.</translation>
    </message>
    <message>
        <source>agreements / (agreements + only first + only second).</source>
        <translation>accords / (accords + seulement le premier + seulement le second).</translation>
    </message>
    <message>
        <source>Share of the complete units on which the coders agree (the mean over coder pairs with three or more coders).</source>
        <translation>Part des unités complètes sur lesquelles les codeurs concordent (la moyenne sur les paires de codeurs avec trois codeurs ou plus).</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>1 - observed / expected disagreement, chance from the coders&apos; pooled values; uses every pairable value, missing values allowed. Krippendorff (2004): rely on α ≥ 0.800, draw tentative conclusions from α ≥ 0.667.</source>
        <translation>1 - désaccord observé / attendu, le hasard tiré des valeurs regroupées des codeurs ; utilise chaque valeur appariable, valeurs manquantes admises. Krippendorff (2004) : se fier à α ≥ 0,800, tirer des conclusions provisoires à partir de α ≥ 0,667.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Characters compared: the document&apos;s length in code points (a code&apos;s row: the documents&apos; total length).</source>
        <translation>Caractères comparés : la longueur du document en points de code (ligne d’un code : la longueur totale des documents).</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Characters both coders coded.</source>
        <translation>Caractères codés par les deux codeurs.</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Characters only %1 (the first coder) coded.</source>
        <translation>Caractères codés seulement par %1 (le premier codeur).</translation>
    </message>
    <message>
        <source>Characters only %1 (the second coder) coded.</source>
        <translation>Caractères codés seulement par %1 (le second codeur).</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Characters neither coder coded.</source>
        <translation>Caractères codés par aucun codeur.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Agreement beyond chance on the two coded/uncoded sequences, chance from each coder&apos;s own rate: (pₒ - pₑ) / (1 - pₑ).</source>
        <translation>Accord au-delà du hasard sur les deux séquences codé/non codé, le hasard tiré du taux propre à chaque codeur : (pₒ - pₑ) / (1 - pₑ).</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Pairs of segments, one per coder, sharing at least %1% of the longer segment&apos;s characters (matched one to one).</source>
        <translation>Paires de segments, un par codeur, partageant au moins %1 % des caractères du segment le plus long (appariés un à un).</translation>
    </message>
    <message>
        <source>Segments of %1 (the first coder) with no matching segment.</source>
        <translation>Segments de %1 (le premier codeur) sans segment correspondant.</translation>
    </message>
    <message>
        <source>Segments of %1 (the second coder) with no matching segment.</source>
        <translation>Segments de %1 (le second codeur) sans segment correspondant.</translation>
    </message>
    <message>
        <source>Brennan-Prediger κ</source>
        <translation>κ de Brennan-Prediger</translation>
    </message>
    <message>
        <source>(p - 1/k) / (1 - 1/k) with chance 1/k, k = %1 codes compared in this run (Brennan &amp; Prediger 1981, as in MAXQDA).</source>
        <translation>(p - 1/k) / (1 - 1/k) avec un hasard de 1/k, k = %1 codes comparés dans ce calcul (Brennan &amp; Prediger 1981, comme dans MAXQDA).</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Each code compared as present or absent in a unit.</source>
        <translation>Chaque code comparé comme présent ou absent dans une unité.</translation>
    </message>
    <message>
        <source>The group&apos;s child codes are the values; a unit where a coder applied two of them is flagged and left out.</source>
        <translation>Les sous-codes du groupe sont les valeurs ; une unité où un codeur en a appliqué deux est signalée et écartée.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Units with a value from at least one coder.</source>
        <translation>Unités ayant une valeur d’au moins un codeur.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complètes</translation>
    </message>
    <message>
        <source>Units with a value from every coder: the units percent agreement, Cohen, Scott, Fleiss and Brennan-Prediger use.</source>
        <translation>Unités ayant une valeur de chaque codeur : les unités qu’utilisent le pourcentage d’accord, Cohen, Scott, Fleiss et Brennan-Prediger.</translation>
    </message>
    <message>
        <source>Pairable</source>
        <translation>Appariables</translation>
    </message>
    <message>
        <source>Units with values from at least two coders: the units alpha uses.</source>
        <translation>Unités ayant des valeurs d’au moins deux codeurs : les unités qu’utilise alpha.</translation>
    </message>
    <message>
        <source>Agreement beyond chance, chance from each coder&apos;s own distribution of values.</source>
        <translation>Accord au-delà du hasard, le hasard tiré de la distribution des valeurs propre à chaque codeur.</translation>
    </message>
    <message>
        <source>Scott&apos;s π</source>
        <translation>π de Scott</translation>
    </message>
    <message>
        <source>Agreement beyond chance, chance from the coders&apos; pooled distribution of values.</source>
        <translation>Accord au-delà du hasard, le hasard tiré de la distribution regroupée des valeurs des codeurs.</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Scott&apos;s pi generalised to two or more coders (Fleiss 1971), on the complete units.</source>
        <translation>Le pi de Scott généralisé à deux codeurs ou plus (Fleiss 1971), sur les unités complètes.</translation>
    </message>
    <message>
        <source>(p - 1/q) / (1 - 1/q), chance 1/q with q = %1 possible values.</source>
        <translation>(p - 1/q) / (1 - 1/q), hasard 1/q avec q = %1 valeurs possibles.</translation>
    </message>
    <message>
        <source>α 95% CI</source>
        <translation>IC à 95 % de α</translation>
    </message>
    <message>
        <source>Bootstrap interval for alpha: %1.</source>
        <translation>Intervalle bootstrap pour alpha : %1.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source> (overlap %1%)</source>
        <translation> (chevauchement %1 %)</translation>
    </message>
    <message>
        <source>%1 · %2 unit · %3</source>
        <translation>%1 · unité %2 · %3</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source> · group %1 (%2 level)</source>
        <translation> · groupe %1 (niveau %2)</translation>
    </message>
    <message>
        <source>All codes: %1% agreement</source>
        <translation>Tous les codes : %1 % d’accord</translation>
    </message>
    <message>
        <source> · Cohen&apos;s κ %1 · Krippendorff&apos;s α %2</source>
        <translation> · κ de Cohen %1 · α de Krippendorff %2</translation>
    </message>
    <message>
        <source> · Brennan-Prediger κ %1</source>
        <translation> · κ de Brennan-Prediger %1</translation>
    </message>
    <message>
        <source>%1% agreement · Fleiss&apos; κ %2 · Krippendorff&apos;s α %3</source>
        <translation>%1 % d’accord · κ de Fleiss %2 · α de Krippendorff %3</translation>
    </message>
    <message>
        <source>Each code compared as present or absent in each %1; select a code for its disagreements.</source>
        <translation>Chaque code comparé comme présent ou absent dans chaque %1 ; sélectionnez un code pour ses désaccords.</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b26b00&quot;&gt;%1 flagged and left out (hover for the list)&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b26b00&quot;&gt;%1 signalé(s) et écarté(s) (survolez pour la liste)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Every code in every document, the counts summed (never an average of the coefficients).</source>
        <translation>Chaque code dans chaque document, les comptes additionnés (jamais une moyenne des coefficients).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>from %1 resamples with a defined alpha</source>
        <translation>sur %1 rééchantillonnages avec un alpha défini</translation>
    </message>
    <message>
        <source>character</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>speaker turn</source>
        <translation>tour de parole</translation>
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
        <translation>intervalle</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>Accord par code</translation>
    </message>
</context>
<context>
    <name>situate::AgreementView</name>
    <message>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Désaccords&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A compared coder no longer exists.</source>
        <translation>Un codeur comparé n’existe plus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disagreements&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;%2 · %3 vs %4&lt;/span&gt;</source>
        <translation>&lt;b&gt;Désaccords&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;%2 · %3 contre %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>aucun ici</translation>
    </message>
    <message>
        <source>place</source>
        <translation>endroit</translation>
    </message>
    <message>
        <source>places</source>
        <translation>endroits</translation>
    </message>
    <message>
        <source>Select a disagreement to compare the two codings side by side.</source>
        <translation>Sélectionnez un désaccord pour comparer les deux codages côte à côte.</translation>
    </message>
    <message>
        <source>nothing of this code here yet (not settled, or settled as nothing)</source>
        <translation>rien de ce code ici pour l’instant (non tranché, ou tranché comme rien)</translation>
    </message>
    <message>
        <source>%1&apos;s coding</source>
        <translation>codage de %1</translation>
    </message>
    <message>
        <source>both coders&apos; codings</source>
        <translation>les codages des deux codeurs</translation>
    </message>
    <message>
        <source>a coding that differs from both coders&apos;</source>
        <translation>un codage différent de ceux des deux codeurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the coders compared: compare two other coders to settle their disagreements in it.</source>
        <translation>« %1 » est l’un des codeurs comparés : comparez deux autres codeurs pour y trancher leurs désaccords.</translation>
    </message>
    <message>
        <source>Accept %1&apos;s coding of %2</source>
        <translation>Accepter le codage de %1 pour %2</translation>
    </message>
    <message>
        <source>Keep both codings of %1</source>
        <translation>Garder les deux codages de %1</translation>
    </message>
    <message>
        <source>Drop both codings of %1</source>
        <translation>Supprimer les deux codages de %1</translation>
    </message>
    <message>
        <source>Could not settle this disagreement: %1</source>
        <translation>Impossible de trancher ce désaccord : %1</translation>
    </message>
    <message>
        <source>%1 (undo with Ctrl+Z).</source>
        <translation>%1 (annuler avec Ctrl+Z).</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Compare the ticked coders with these choices.</source>
        <translation>Comparer les codeurs cochés avec ces choix.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <source>Write every row of the agreement table to a CSV file, undefined values empty with their reasons in a notes column.</source>
        <translation>Écrire chaque ligne du tableau d’accord dans un fichier CSV, les valeurs non définies vides avec leurs raisons dans une colonne de notes.</translation>
    </message>
    <message>
        <source>Export disagreements…</source>
        <translation>Exporter les désaccords…</translation>
    </message>
    <message>
        <source>Write the disagreements listed below, with each coder&apos;s ranges and the text, to a CSV file.</source>
        <translation>Écrire les désaccords listés ci-dessous, avec les plages de chaque codeur et le texte, dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Go to the next one after settling</source>
        <translation>Passer au suivant après avoir tranché</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Could not compute agreement: %1.</source>
        <translation>Impossible de calculer l’accord : %1.</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>aucun projet n’est ouvert</translation>
    </message>
    <message>
        <source>Computed in %1 s.</source>
        <translation>Calculé en %1 s.</translation>
    </message>
    <message>
        <source>Ready: press Compute.</source>
        <translation>Prêt : appuyez sur Calculer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inter-coder agreement&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;Tick two or more coders, choose the unit and press Compute. Then select a row to review its disagreements.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Accord inter-codeurs&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;Cochez deux codeurs ou plus, choisissez l’unité et appuyez sur Calculer. Sélectionnez ensuite une ligne pour examiner ses désaccords.&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b26b00&quot;&gt;the codings changed since: press Compute to update&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b26b00&quot;&gt;les codages ont changé depuis : appuyez sur Calculer pour mettre à jour&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1, unit %2: %3 applied %4</source>
        <translation>%1, unité %2 : %3 a appliqué %4</translation>
    </message>
    <message>
        <source>Compute agreement first: there is no table to export.</source>
        <translation>Calculez d’abord l’accord : il n’y a pas de tableau à exporter.</translation>
    </message>
    <message>
        <source>Compute agreement first: there are no disagreements to export.</source>
        <translation>Calculez d’abord l’accord : il n’y a pas de désaccords à exporter.</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>Écriture de %1 dans %2…</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>désaccord</translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation>désaccords</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not export the disagreements: %1</source>
        <translation>Impossible d’exporter les désaccords : %1</translation>
    </message>
    <message>
        <source>Export agreement table</source>
        <translation>Exporter le tableau d’accord</translation>
    </message>
    <message>
        <source>Export disagreements</source>
        <translation>Exporter les désaccords</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Matrice de fréquences</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Coded extracts</source>
        <translation>Extraits codés</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Coding query</source>
        <translation>Requête de codage</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>Export query result</source>
        <translation>Exporter le résultat de la requête</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation>Feuilles CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
</context>
<context>
    <name>situate::BackupController</name>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>No backup was taken on opening: %1</source>
        <translation>Aucune sauvegarde n’a été faite à l’ouverture : %1</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet (they are kept in %2).</source>
        <translation>Il n’y a pas encore de sauvegarde de %1 (elles sont conservées dans %2).</translation>
    </message>
    <message>
        <source>Replace the content of %1 with the backup %2? The current content is kept as a backup first, and the undo history is cleared.</source>
        <translation>Remplacer le contenu de %1 par la sauvegarde %2 ? Le contenu actuel est d’abord conservé comme sauvegarde, et l’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <source>Restored %1; the previous content is kept as %2</source>
        <translation>%1 restauré ; le contenu précédent est conservé sous %2</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restore cancelled: the project is unchanged.</source>
        <translation>Restauration annulée : le projet n’a pas changé.</translation>
    </message>
</context>
<context>
    <name>situate::BackupDialog</name>
    <message>
        <source>Restore backup of %1</source>
        <translation>Restaurer une sauvegarde de %1</translation>
    </message>
    <message>
        <source>Situate keeps a copy of the project each time it is opened and has changed. Restoring replaces the project&apos;s content with the chosen copy; the current content is kept as a backup first.</source>
        <translation>Situate conserve une copie du projet à chaque ouverture s’il a changé. La restauration remplace le contenu du projet par la copie choisie ; le contenu actuel est d’abord conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>situate::CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cases and attributes</source>
        <translation>Cas et attributs</translation>
    </message>
</context>
<context>
    <name>situate::ChartView</name>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>across cases (CoPs)</source>
        <translation>par cas (CoP)</translation>
    </message>
    <message>
        <source>across research questions</source>
        <translation>par question de recherche</translation>
    </message>
    <message>
        <source>coverage %</source>
        <translation>couverture %</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>Roll up questions</source>
        <translation>Agréger les questions</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image.</source>
        <translation>Enregistrer le graphique comme image.</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save the chart as scalable vector graphics, for reports.</source>
        <translation>Enregistrer le graphique en graphisme vectoriel, pour les rapports.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Rien à représenter pour l’instant</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>coverage (% of the text)</source>
        <translation>couverture (% du texte)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>per case</source>
        <translation>par cas</translation>
    </message>
    <message>
        <source>per research question</source>
        <translation>par question de recherche</translation>
    </message>
    <message>
        <source>Total over the project: %1%2. A coding in a document of two cases, or of a code linked to two questions, is in both bars.</source>
        <translation>Total sur le projet : %1%2. Un codage dans un document de deux cas, ou d’un code lié à deux questions, compte dans les deux barres.</translation>
    </message>
    <message>
        <source> (with sub-codes)</source>
        <translation> (avec les sous-codes)</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Il n’y a pas encore de graphique à enregistrer.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
</context>
<context>
    <name>situate::CodeDetails</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Ce que signifie le code</translation>
    </message>
    <message>
        <source>Code a passage when…</source>
        <translation>Coder un passage quand…</translation>
    </message>
    <message>
        <source>Do not code when…</source>
        <translation>Ne pas coder quand…</translation>
    </message>
    <message>
        <source>A typical quote</source>
        <translation>Une citation typique</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>ToC</source>
        <translation>ThC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Select a code to see its definition</source>
        <translation>Sélectionnez un code pour voir sa définition</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Research questions of the code</source>
        <translation>Questions de recherche du code</translation>
    </message>
</context>
<context>
    <name>situate::CodeWithPopup</name>
    <message>
        <source>Code with</source>
        <translation>Coder avec</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name, move with the arrow keys, press Enter to choose the code or Escape to close.</source>
        <translation>Tapez une partie du nom d’un code, déplacez-vous avec les flèches, appuyez sur Entrée pour choisir le code ou sur Échap pour fermer.</translation>
    </message>
    <message>
        <source>Type to filter the codes</source>
        <translation>Tapez pour filtrer les codes</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <source>Lists the codes whose path contains what is typed, in any case.</source>
        <translation>Liste les codes dont le chemin contient ce qui est tapé, sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Codes correspondants</translation>
    </message>
    <message>
        <source>Enter codes with the current one.</source>
        <translation>Entrée code avec le code sélectionné.</translation>
    </message>
</context>
<context>
    <name>situate::CodebookPanel</name>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <source>Show coded extracts</source>
        <translation>Afficher les extraits codés</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>Déplacer au premier niveau</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Quick key</source>
        <translation>Touche rapide</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>The code tree with each code&apos;s count of codings</source>
        <translation>L’arbre des codes avec le nombre de codages de chaque code</translation>
    </message>
</context>
<context>
    <name>situate::CoderFilterButton</name>
    <message>
        <source>Count only the codings of the ticked coders (none ticked: all coders).</source>
        <translation>Ne compter que les codages des codeurs cochés (aucun coché : tous les codeurs).</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Codeur : %1</translation>
    </message>
    <message>
        <source>%1 of %2 coders</source>
        <translation>%1 codeurs sur %2</translation>
    </message>
</context>
<context>
    <name>situate::CodingController</name>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <source>Code selection with &amp;current code</source>
        <translation>Coder la sélection avec le code &amp;courant</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Code &amp;in vivo</source>
        <translation>Coder &amp;in vivo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Code speaker &amp;turn with current code</source>
        <translation>Coder le &amp;tour de parole avec le code courant</translation>
    </message>
    <message>
        <source>Code &amp;paragraph with current code</source>
        <translation>Coder le &amp;paragraphe avec le code courant</translation>
    </message>
    <message>
        <source>&amp;Recent codes</source>
        <translation>Codes &amp;récents</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source> Coding as: </source>
        <translation> Code en tant que : </translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Afficher : </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>À l’aveugle</translation>
    </message>
    <message>
        <source>Hide other coders&apos; codings while you code</source>
        <translation>Masquer les codages des autres codeurs pendant que vous codez</translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation>Codes récents</translation>
    </message>
    <message>
        <source>No code on quick key %1 (assign one from the codebook&apos;s context menu)</source>
        <translation>Aucun code sur la touche rapide %1 (attribuez-en un depuis le menu contextuel du livre de codes)</translation>
    </message>
    <message>
        <source>Select some text in the transcript first.</source>
        <translation>Sélectionnez d’abord du texte dans la transcription.</translation>
    </message>
    <message>
        <source>Choose a code first.</source>
        <translation>Choisissez d’abord un code.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;</source>
        <translation>Coder « %1 »</translation>
    </message>
    <message>
        <source>Coded with %1</source>
        <translation>Codé avec %1</translation>
    </message>
    <message>
        <source>Coding with %1 waits for the server (see above)</source>
        <translation>Le codage avec %1 attend le serveur (voir ci-dessus)</translation>
    </message>
    <message>
        <source>Select the words to use as the code&apos;s name.</source>
        <translation>Sélectionnez les mots à utiliser comme nom du code.</translation>
    </message>
    <message>
        <source>The selection has no words to name a code.</source>
        <translation>La sélection ne contient aucun mot pour nommer un code.</translation>
    </message>
    <message>
        <source>Code in vivo &quot;%1&quot;</source>
        <translation>Coder in vivo « %1 »</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Retirer le codage</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>Modifier le mémo du codage</translation>
    </message>
    <message>
        <source>Resize coding</source>
        <translation>Redimensionner le codage</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d’abord un document.</translation>
    </message>
    <message>
        <source>There is no text there to code.</source>
        <translation>Il n’y a pas de texte à coder ici.</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>My codings</source>
        <translation>Mes codages</translation>
    </message>
    <message>
        <source>Code with &quot;%1&quot;</source>
        <translation>Coder avec « %1 »</translation>
    </message>
    <message>
        <source>Code in vivo</source>
        <translation>Coder in vivo</translation>
    </message>
    <message>
        <source>Code this speaker turn</source>
        <translation>Coder ce tour de parole</translation>
    </message>
    <message>
        <source>Code this paragraph</source>
        <translation>Coder ce paragraphe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>Redimensionner…</translation>
    </message>
    <message>
        <source>Resize to selection</source>
        <translation>Ajuster à la sélection</translation>
    </message>
    <message>
        <source>Choose the code to apply in the codebook first.</source>
        <translation>Choisissez d’abord dans le livre de codes le code à appliquer.</translation>
    </message>
    <message>
        <source>Auto-code %1 hit(s) with &quot;%2&quot;</source>
        <translation>Coder automatiquement %1 résultat(s) avec « %2 »</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Mémo du codage</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Mémo :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Coding as</source>
        <translation>Code en tant que</translation>
    </message>
    <message>
        <source>The coder whose name new codings carry</source>
        <translation>Le codeur dont les nouveaux codages portent le nom</translation>
    </message>
    <message>
        <source>Show codings of</source>
        <translation>Afficher les codages de</translation>
    </message>
    <message>
        <source>Mark key quote</source>
        <translation>Marquer comme citation clé</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Retirer la citation clé</translation>
    </message>
    <message>
        <source>★ Key quote</source>
        <translation>★ Citation clé</translation>
    </message>
</context>
<context>
    <name>situate::ConnectionBanner</name>
    <message>
        <source>Try now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to the server.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non connecté au serveur.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trying to connect…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Situate tries again every few seconds.</source>
        <translation>Situate réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Kept here and sent when the connection is back (nothing is lost):</source>
        <translation>Conservé ici et envoyé au retour de la connexion (rien n’est perdu) :</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>situate::DisagreementList</name>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
</context>
<context>
    <name>situate::DisagreementModel</name>
    <message>
        <source>Characters %1–%2: %3 coded by both, %4 only by %5, %6 only by %7</source>
        <translation>Caractères %1–%2 : %3 codés par les deux, %4 seulement par %5, %6 seulement par %7</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>extent differs</source>
        <translation>l’étendue diffère</translation>
    </message>
    <message>
        <source>✓ both</source>
        <translation>✓ les deux</translation>
    </message>
    <message>
        <source>✓ edited</source>
        <translation>✓ modifié</translation>
    </message>
    <message>
        <source>What the consensus coder has here: whose coding it took, or &quot;—&quot; when it has nothing of this code here (not settled yet, or settled as nothing).</source>
        <translation>Ce que le codeur de consensus a ici : le codage qu’il a repris, ou « — » s’il n’a rien de ce code ici (pas encore tranché, ou tranché comme rien).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
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
        <translation>seul %1 l’a codé</translation>
    </message>
    <message>
        <source>both coded it, with different extents</source>
        <translation>codé par les deux, avec des étendues différentes</translation>
    </message>
    <message>
        <source>Accept &amp;first</source>
        <translation>Accepter le &amp;premier</translation>
    </message>
    <message>
        <source>Accept &amp;second</source>
        <translation>Accepter le &amp;second</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Drop both</source>
        <translation>&amp;Supprimer les deux</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Afficher dans le document</translation>
    </message>
    <message>
        <source>Open the document in the workbench with this passage selected.</source>
        <translation>Ouvrir le document dans l’espace de travail avec ce passage sélectionné.</translation>
    </message>
    <message>
        <source>Select a disagreement to compare the two codings.</source>
        <translation>Sélectionnez un désaccord pour comparer les deux codages.</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>Premier codeur</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Second codeur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:#7a808a&quot;&gt;characters %3–%4 · %5&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:#7a808a&quot;&gt;caractères %3–%4 · %5&lt;/span&gt;</translation>
    </message>
    <message>
        <source>first coder</source>
        <translation>premier codeur</translation>
    </message>
    <message>
        <source>second coder</source>
        <translation>second codeur</translation>
    </message>
    <message>
        <source>no coding of this code here</source>
        <translation>aucun codage de ce code ici</translation>
    </message>
    <message>
        <source>1 coding, </source>
        <translation>1 codage, </translation>
    </message>
    <message>
        <source>%1 codings, </source>
        <translation>%1 codages, </translation>
    </message>
    <message>
        <source>%1 characters, %2 coded only by %3</source>
        <translation>%1 caractères, %2 codés seulement par %3</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#7a808a&quot;&gt;%1%2 coded by both &amp;nbsp;&amp;nbsp; %3%4 only by the column&apos;s coder &amp;nbsp;&amp;nbsp; &lt;u&gt;dashed&lt;/u&gt;: only by the other coder&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#7a808a&quot;&gt;%1%2 codés par les deux &amp;nbsp;&amp;nbsp; %3%4 seulement par le codeur de la colonne &amp;nbsp;&amp;nbsp; &lt;u&gt;tirets&lt;/u&gt; : seulement par l’autre codeur&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consensus&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Consensus&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>The consensus coder takes %1&apos;s coding of this passage, replacing what it had here. One undoable step.</source>
        <translation>Le codeur de consensus reprend le codage de ce passage par %1, en remplaçant ce qu’il avait ici. Une étape annulable.</translation>
    </message>
    <message>
        <source>The consensus coder takes every character either coder coded here. One undoable step.</source>
        <translation>Le codeur de consensus reprend chaque caractère que l’un ou l’autre codeur a codé ici. Une étape annulable.</translation>
    </message>
    <message>
        <source>The consensus coder has nothing of this code here. One undoable step.</source>
        <translation>Le codeur de consensus n’a rien de ce code ici. Une étape annulable.</translation>
    </message>
    <message>
        <source>First coder&apos;s coding</source>
        <translation>Codage du premier codeur</translation>
    </message>
    <message>
        <source>Second coder&apos;s coding</source>
        <translation>Codage du second codeur</translation>
    </message>
</context>
<context>
    <name>situate::DocumentHistoryDialog</name>
    <message>
        <source>Document History</source>
        <translation>Historique du document</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
</context>
<context>
    <name>situate::DocumentHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérés</translation>
    </message>
    <message>
        <source>Removed and inserted count characters (code points). situate-cli documents history prints the same rows, in UTC.</source>
        <translation>Supprimés et insérés comptent des caractères (points de code). situate-cli documents history affiche les mêmes lignes, en UTC.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Impossible de lire l’historique : %1</translation>
    </message>
    <message>
        <source>This document is no longer in the project.</source>
        <translation>Ce document n’est plus dans le projet.</translation>
    </message>
    <message>
        <source>No edits since import.</source>
        <translation>Aucune modification depuis l’import.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) since import, oldest first.</source>
        <translation>
            <numerusform>%n modification depuis l’import, la plus ancienne en premier.</numerusform>
            <numerusform>%n modifications depuis l’import, la plus ancienne en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text edits of the document</source>
        <translation>Modifications du texte du document</translation>
    </message>
</context>
<context>
    <name>situate::DocumentView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Aucun document n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Not coded here.</source>
        <translation>Pas codé ici.</translation>
    </message>
    <message>
        <source>Coded: %1</source>
        <translation>Codé : %1</translation>
    </message>
    <message>
        <source>%1 (key quote)</source>
        <translation>%1 (citation clé)</translation>
    </message>
</context>
<context>
    <name>situate::DocumentsPanel</name>
    <message>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>When the document&apos;s text was edited, by whom, and how much</source>
        <translation>Quand le texte du document a été modifié, par qui, et de combien</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Document memo…</source>
        <translation>Mémo du document…</translation>
    </message>
    <message>
        <source>Remove from project…</source>
        <translation>Retirer du projet…</translation>
    </message>
    <message>
        <source>Not in a case</source>
        <translation>Hors cas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2, %3 characters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2, %3 caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents by case</source>
        <translation>Documents par cas</translation>
    </message>
</context>
<context>
    <name>situate::EditController</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>&amp;Rechercher dans le document</translation>
    </message>
    <message>
        <source>&amp;Search project</source>
        <translation>Rechercher dans le &amp;projet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et &amp;remplacer…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Document &amp;History…</source>
        <translation>&amp;Historique du document…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Open a document to see the history of its text.</source>
        <translation>Ouvrez un document pour voir l’historique de son texte.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Name of the new sub-code of %1:</source>
        <translation>Nom du nouveau sous-code de %1 :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New code &quot;%1&quot;</source>
        <translation>Nouveau code « %1 »</translation>
    </message>
    <message>
        <source>Delete code &quot;%1&quot;</source>
        <translation>Supprimer le code « %1 »</translation>
    </message>
    <message>
        <source>Delete it anyway? (Undo restores it.)</source>
        <translation>Le supprimer quand même ? (Annuler le rétablit.)</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>Fusionner le code</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>Move code &quot;%1&quot;</source>
        <translation>Déplacer le code « %1 »</translation>
    </message>
    <message>
        <source>Edit code &quot;%1&quot;</source>
        <translation>Modifier le code « %1 »</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>Définir l’attribut</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Nom du cas :</translation>
    </message>
    <message>
        <source>Add case &quot;%1&quot;</source>
        <translation>Ajouter le cas « %1 »</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add attribute &quot;%1&quot;</source>
        <translation>Ajouter l’attribut « %1 »</translation>
    </message>
    <message>
        <source>Add research question %1</source>
        <translation>Ajouter la question de recherche %1</translation>
    </message>
    <message>
        <source>Edit research question %1</source>
        <translation>Modifier la question de recherche %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer « %1 »</translation>
    </message>
    <message>
        <source>Remove it anyway? (Undo restores it.)</source>
        <translation>Le retirer quand même ? (Annuler le rétablit.)</translation>
    </message>
    <message>
        <source>Document memo</source>
        <translation>Mémo du document</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Mémo :</translation>
    </message>
    <message>
        <source>Edit document memo</source>
        <translation>Modifier le mémo du document</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in French, German, Dutch and other locales)</source>
        <translation>Point-virgule (tableurs en français, allemand, néerlandais et d’autres langues)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Separator in exported CSV files</source>
        <translation>Séparateur des fichiers CSV exportés</translation>
    </message>
    <message>
        <source>Transcript font</source>
        <translation>Police des transcriptions</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language shows when Situate is next started.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de Situate.</translation>
    </message>
</context>
<context>
    <name>situate::EvaluationDocksController</name>
    <message>
        <source>E&amp;valuation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Theory of change</source>
        <translation>Théorie du changement</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Evidence matrix</source>
        <translation>Matrice des données probantes</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Maturity ratings</source>
        <translation>Évaluations de maturité</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>A report is already being written.</source>
        <translation>Un rapport est déjà en cours d’écriture.</translation>
    </message>
</context>
<context>
    <name>situate::EvidenceDelegate</name>
    <message>
        <source>no evidence</source>
        <translation>aucune donnée probante</translation>
    </message>
    <message>
        <source>1 doc</source>
        <translation>1 doc.</translation>
    </message>
    <message>
        <source>%1 docs</source>
        <translation>%1 doc.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 cas</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cas</translation>
    </message>
</context>
<context>
    <name>situate::EvidenceModel</name>
    <message>
        <source>%1, all columns</source>
        <translation>%1, toutes les colonnes</translation>
    </message>
    <message>
        <source>No coded evidence yet.</source>
        <translation>Pas encore de données probantes codées.</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>situate::EvidenceView</name>
    <message>
        <source>Research questions</source>
        <translation>Questions de recherche</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Theory-of-change elements</source>
        <translation>Éléments de la théorie du changement</translation>
    </message>
    <message>
        <source>Count sub-codes</source>
        <translation>Compter les sous-codes</translation>
    </message>
    <message>
        <source>Research questions: codes under a linked code count too. Codes: a row also counts its sub-codes&apos; codings.</source>
        <translation>Questions de recherche : les codes sous un code lié comptent aussi. Codes : une ligne compte aussi les codages de ses sous-codes.</translation>
    </message>
    <message>
        <source>Select a cell to read its evidence.</source>
        <translation>Sélectionnez une cellule pour lire ses données probantes.</translation>
    </message>
    <message>
        <source>Open in extracts browser</source>
        <translation>Ouvrir dans le navigateur d’extraits</translation>
    </message>
    <message>
        <source>What does the evidence in this cell say? Your summary is saved in the project and goes into the report.</source>
        <translation>Que disent les données probantes de cette cellule ? Votre synthèse est enregistrée dans le projet et figure dans le rapport.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Analyst&apos;s summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Synthèse de l’analyste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>CoPs (cases)</source>
        <translation>CoP (cas)</translation>
    </message>
    <message>
        <source>Case attribute: %1</source>
        <translation>Attribut de cas : %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Could not build the matrix: %1</source>
        <translation>Impossible de construire la matrice : %1</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns · %3 without evidence</source>
        <translation>%1 lignes × %2 colonnes · %3 sans données probantes</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>lacunes</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first.</source>
        <translation>Sélectionnez d’abord une cellule de la matrice.</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Synthèse de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;No coded evidence yet: a gap.&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;Pas encore de données probantes codées : une lacune.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;%2 from %3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5a6270&apos;&gt;%2 sur %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Could not read the extracts: %1</source>
        <translation>Impossible de lire les extraits : %1</translation>
    </message>
    <message>
        <source>Double-click to open it in the document.</source>
        <translation>Double-cliquez pour l’ouvrir dans le document.</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Evidence matrix</source>
        <translation>Matrice des données probantes</translation>
    </message>
    <message>
        <source>Theory-of-change elements by case, with the strength of the evidence</source>
        <translation>Éléments de la théorie du changement par cas, avec la force des données probantes</translation>
    </message>
    <message>
        <source>Extracts of the selected cell</source>
        <translation>Extraits de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Summary of the selected cell</source>
        <translation>Synthèse de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>★ Key quote</source>
        <translation>★ Citation clé</translation>
    </message>
    <message>
        <source>Mark the selected extract as a key quote, or unmark it (Ctrl+K)</source>
        <translation>Marquer l’extrait choisi comme citation clé, ou le démarquer (Ctrl+K)</translation>
    </message>
    <message>
        <source>Mark or unmark as key quote</source>
        <translation>Marquer ou démarquer comme citation clé</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Mark key quote</source>
        <translation>Marquer comme citation clé</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Retirer la citation clé</translation>
    </message>
    <message>
        <source>A key quote. Double-click to open it in the document.</source>
        <translation>Une citation clé. Double-cliquez pour l’ouvrir dans le document.</translation>
    </message>
</context>
<context>
    <name>situate::ExtractsBrowser</name>
    <message>
        <source>1 extract</source>
        <translation>1 extrait</translation>
    </message>
    <message>
        <source>%1 extracts</source>
        <translation>%1 extraits</translation>
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
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Save every extract of this filter as CSV, one row per coding.</source>
        <translation>Enregistrer chaque extrait de ce filtre en CSV, une ligne par codage.</translation>
    </message>
    <message>
        <source>Save every extract of this filter as an .xlsx sheet.</source>
        <translation>Enregistrer chaque extrait de ce filtre dans une feuille .xlsx.</translation>
    </message>
    <message>
        <source>Save an HTML report grouped by research question, code and case.</source>
        <translation>Enregistrer un rapport HTML regroupé par question de recherche, code et cas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not read the extracts&apos; texts: %1</source>
        <translation>Impossible de lire les textes des extraits : %1</translation>
    </message>
    <message>
        <source>Select an extract to read it whole; double-click to open it in its document.</source>
        <translation>Sélectionnez un extrait pour le lire en entier ; double-cliquez pour l’ouvrir dans son document.</translation>
    </message>
    <message>
        <source>Also filtered by: %1. Change any choice to filter by the choices alone.</source>
        <translation>Également filtré par : %1. Modifiez un choix pour ne filtrer que par les choix.</translation>
    </message>
    <message>
        <source>Retrieving extracts…</source>
        <translation>Récupération des extraits…</translation>
    </message>
    <message>
        <source>Cancelled: no extracts are listed.</source>
        <translation>Annulé : aucun extrait n’est listé.</translation>
    </message>
    <message>
        <source>Could not list the extracts: %1</source>
        <translation>Impossible de lister les extraits : %1</translation>
    </message>
    <message>
        <source>Counting extracts…</source>
        <translation>Comptage des extraits…</translation>
    </message>
    <message>
        <source>Listing the first documents&apos; extracts while the rest are counted…</source>
        <translation>Liste des extraits des premiers documents pendant que les autres sont comptés…</translation>
    </message>
    <message>
        <source>The first documents&apos; extracts</source>
        <translation>Les extraits des premiers documents</translation>
    </message>
    <message>
        <source>Cancelled: only the first documents&apos; extracts are listed.</source>
        <translation>Annulé : seuls les extraits des premiers documents sont listés.</translation>
    </message>
    <message>
        <source>Could not list every extract: %1</source>
        <translation>Impossible de lister tous les extraits : %1</translation>
    </message>
    <message>
        <source>%1 in 1 document.</source>
        <translation>%1 dans 1 document.</translation>
    </message>
    <message>
        <source>%1 in %2 documents.</source>
        <translation>%1 dans %2 documents.</translation>
    </message>
    <message>
        <source> Double-click an extract to open it in its document.</source>
        <translation> Double-cliquez sur un extrait pour l’ouvrir dans son document.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Cas : %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Mémo :</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Coded extracts: %1</source>
        <translation>Extraits codés : %1</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Export extracts</source>
        <translation>Exporter les extraits</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Coded extracts</source>
        <translation>Extraits codés</translation>
    </message>
    <message>
        <source>The extract in its context</source>
        <translation>L’extrait dans son contexte</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Save a Word document grouped by research question, code and case, each extract a quotation with its source.</source>
        <translation>Enregistrer un document Word regroupé par question de recherche, code et cas, chaque extrait étant une citation avec sa source.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Mark or unmark as key quote</source>
        <translation>Marquer ou démarquer comme citation clé</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Mark key quote</source>
        <translation>Marquer comme citation clé</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Retirer la citation clé</translation>
    </message>
    <message>
        <source>Could not change the key quote: %1</source>
        <translation>Impossible de modifier la citation clé : %1</translation>
    </message>
</context>
<context>
    <name>situate::ExtractsFilter</name>
    <message>
        <source>Tick codes to list their extracts (none ticked: every code).</source>
        <translation>Cochez des codes pour lister leurs extraits (aucun coché : tous les codes).</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>Roll up to parent codes</source>
        <translation>Agréger aux codes parents</translation>
    </message>
    <message>
        <source>Also list codings whose code&apos;s parent codes are linked to the question.</source>
        <translation>Lister aussi les codages dont les codes parents du code sont liés à la question.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Tout cas</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Tout document</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Tout attribut</translation>
    </message>
    <message>
        <source>Any question</source>
        <translation>Toute question</translation>
    </message>
    <message>
        <source>%1 (case)</source>
        <translation>%1 (cas)</translation>
    </message>
    <message>
        <source>%1 (document)</source>
        <translation>%1 (document)</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>Toute valeur</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cas</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>several attribute conditions</source>
        <translation>plusieurs conditions d’attribut</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source> (with sub-codes)</source>
        <translation> (avec les sous-codes)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cas %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> (rolled up)</source>
        <translation> (agrégé)</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>codé par %1</translation>
    </message>
    <message>
        <source>Codes whose extracts are listed</source>
        <translation>Codes dont les extraits sont listés</translation>
    </message>
</context>
<context>
    <name>situate::ExtractsModel</name>
    <message>
        <source>%1, code points %2–%3</source>
        <translation>%1, points de code %2–%3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Extract in context</source>
        <translation>Extrait en contexte</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Key quote (click or Ctrl+K to unmark)</source>
        <translation>Citation clé (cliquez ou Ctrl+K pour la retirer)</translation>
    </message>
    <message>
        <source>Not a key quote (click or Ctrl+K to mark)</source>
        <translation>Pas une citation clé (cliquez ou Ctrl+K pour la marquer)</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Citation clé</translation>
    </message>
</context>
<context>
    <name>situate::FileCheck</name>
    <message>
        <source>Restore Backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2.&lt;/b&gt; Situate read it page by page after opening it. What can still be read is shown, but a change may fail or be lost: restore the newest backup (File &gt; Restore backup), or close the project and run &lt;tt&gt;situate-cli check&lt;/tt&gt; to see what is damaged.</source>
        <translation>&lt;b&gt;%1 : %2.&lt;/b&gt; Situate l’a lu page par page après l’ouverture. Ce qui peut encore être lu est affiché, mais une modification peut échouer ou être perdue : restaurez la sauvegarde la plus récente (Fichier &gt; Restaurer une sauvegarde), ou fermez le projet et lancez &lt;tt&gt;situate-cli check&lt;/tt&gt; pour voir ce qui est endommagé.</translation>
    </message>
</context>
<context>
    <name>situate::FileController</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import &amp;attribute sheet…</source>
        <translation>Importer une feuille d’&amp;attributs…</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importer REFI-QDA</translation>
    </message>
    <message>
        <source>Project (.qdpx, .qde)…</source>
        <translation>Projet (.qdpx, .qde)…</translation>
    </message>
    <message>
        <source>Codebook (.qdc)…</source>
        <translation>Livre de codes (.qdc)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA</source>
        <translation>Exporter REFI-QDA</translation>
    </message>
    <message>
        <source>Project (.qdpx)…</source>
        <translation>Projet (.qdpx)…</translation>
    </message>
    <message>
        <source>Export &amp;codings (CSV)…</source>
        <translation>Exporter les &amp;codages (CSV)…</translation>
    </message>
    <message>
        <source>Export code&amp;book (CSV)…</source>
        <translation>Exporter le &amp;livre de codes (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Situate projects (*.situate)</source>
        <translation>Projets Situate (*.situate)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.md *.docx *.odt *.rtf *.pdf *.vtt *.srt)</source>
        <translation>Transcriptions (*.txt *.md *.docx *.odt *.rtf *.pdf *.vtt *.srt)</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>No importable files found.</source>
        <translation>Aucun fichier importable trouvé.</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import annulé ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Imported %1 document(s)</source>
        <translation>%1 document(s) importé(s)</translation>
    </message>
    <message>
        <source>Import attribute sheet</source>
        <translation>Importer une feuille d’attributs</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Feuilles (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Importer les attributs</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exporter le livre de codes</translation>
    </message>
    <message>
        <source>Export codings</source>
        <translation>Exporter les codages</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation>Feuilles CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Import REFI-QDA codebook</source>
        <translation>Importer un livre de codes REFI-QDA</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Livres de codes REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>Projets REFI-QDA (*.qdpx *.qde)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>Import REFI-QDA</translation>
    </message>
    <message>
        <source>Export REFI-QDA codebook</source>
        <translation>Exporter un livre de codes REFI-QDA</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>This export cannot represent everything:

%1

Write it anyway?</source>
        <translation>Cet export ne peut pas tout représenter :

%1

L’écrire quand même ?</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>Import annulé : le projet n’a pas changé.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>situate::HeatLegend</name>
    <message>
        <source>Cell colours: from the smallest count to the largest cell of the table (totals are not coloured).</source>
        <translation>Couleurs des cellules : du plus petit compte à la plus grande cellule du tableau (les totaux ne sont pas colorés).</translation>
    </message>
</context>
<context>
    <name>situate::HelpController</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Situate</source>
        <translation>À &amp;propos de Situate</translation>
    </message>
    <message>
        <source>About Situate</source>
        <translation>À propos de Situate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Situate %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts for evaluation teams.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where your data is kept.&lt;/b&gt; A project is one file, wherever you saved it. Its automatic backups are kept beside it, in a folder of the project&apos;s name followed by &lt;tt&gt;.backups&lt;/tt&gt; (File &amp;gt; Restore backup lists them). Team projects live on their PostgreSQL server. Situate&apos;s own settings (window layout, recent projects, preferences) are in &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries.&lt;/b&gt; Qt %3 (LGPL 3; GPL 3 for Qt Charts), SQLite (public domain), Poppler (GPL 2 or 3), libzip (BSD), libxlsxwriter (BSD).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Situate %1&lt;/h3&gt;&lt;p&gt;Codage qualitatif de transcriptions d’entretiens pour les équipes d’évaluation.&lt;/p&gt;&lt;p&gt;Licence : GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Où sont conservées vos données.&lt;/b&gt; Un projet est un seul fichier, là où vous l’avez enregistré. Ses sauvegardes automatiques sont conservées à côté, dans un dossier portant le nom du projet suivi de &lt;tt&gt;.backups&lt;/tt&gt; (Fichier &amp;gt; Restaurer une sauvegarde les liste). Les projets d’équipe résident sur leur serveur PostgreSQL. Les réglages propres à Situate (disposition des fenêtres, projets récents, préférences) sont dans &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliothèques.&lt;/b&gt; Qt %3 (LGPL 3 ; GPL 3 pour Qt Charts), SQLite (domaine public), Poppler (GPL 2 ou 3), libzip (BSD), libxlsxwriter (BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>&amp;Manuel d’utilisation</translation>
    </message>
</context>
<context>
    <name>situate::KeyboardCoding</name>
    <message>
        <source>Code &amp;with…</source>
        <translation>Coder &amp;avec…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>C&amp;hange coding at cursor…</source>
        <translation>C&amp;hanger le codage au curseur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Remo&amp;ve coding at cursor</source>
        <translation>&amp;Supprimer le codage au curseur</translation>
    </message>
    <message>
        <source>&amp;Next coding</source>
        <translation>Codage &amp;suivant</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Pre&amp;vious coding</source>
        <translation>Codage &amp;précédent</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d’abord un document.</translation>
    </message>
    <message>
        <source>The codebook has no codes yet.</source>
        <translation>Le livre de codes n’a encore aucun code.</translation>
    </message>
    <message>
        <source>There is no coding at the cursor to change.</source>
        <translation>Il n’y a pas de codage au curseur à changer.</translation>
    </message>
    <message>
        <source>Change the coding with %1 to:</source>
        <translation>Changer le codage avec %1 en :</translation>
    </message>
    <message>
        <source>Select some text in the transcript first (Shift and the arrow keys select from the cursor).</source>
        <translation>Sélectionnez d’abord du texte dans la transcription (Maj et les flèches sélectionnent depuis le curseur).</translation>
    </message>
    <message>
        <source>Code the selection with:</source>
        <translation>Coder la sélection avec :</translation>
    </message>
    <message>
        <source>Choose a code first.</source>
        <translation>Choisissez d’abord un code.</translation>
    </message>
    <message>
        <source>Change coding to &quot;%1&quot;</source>
        <translation>Changer le codage en « %1 »</translation>
    </message>
    <message>
        <source>Coding changed to %1</source>
        <translation>Codage changé en %1</translation>
    </message>
    <message>
        <source>There is no coding at the cursor to remove.</source>
        <translation>Il n’y a pas de codage au curseur à supprimer.</translation>
    </message>
    <message>
        <source>No coding after the cursor</source>
        <translation>Aucun codage après le curseur</translation>
    </message>
    <message>
        <source>No coding before the cursor</source>
        <translation>Aucun codage avant le curseur</translation>
    </message>
    <message>
        <source>&amp;Key quote at cursor</source>
        <translation>Citation c&amp;lé au curseur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>There is no coding at the cursor to mark as a key quote.</source>
        <translation>Il n’y a pas de codage au curseur à marquer comme citation clé.</translation>
    </message>
</context>
<context>
    <name>situate::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Updated with another coder&apos;s changes</source>
        <translation>Mis à jour avec les modifications d’un autre codeur</translation>
    </message>
    <message>
        <source>Coding as %1%2</source>
        <translation>Code en tant que %1%2</translation>
    </message>
    <message>
        <source> (blind)</source>
        <translation> (à l’aveugle)</translation>
    </message>
</context>
<context>
    <name>situate::ManualWindow</name>
    <message>
        <source>Situate User Manual</source>
        <translation>Manuel d’utilisation de Situate</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>situate::MatrixChoices</name>
    <message>
        <source>Cases (CoPs)</source>
        <translation>Cas (CoP)</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Questions de recherche</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valeurs d’attribut</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Codes (cooccurrence)</translation>
    </message>
    <message>
        <source>The case or document attribute whose values are the columns.</source>
        <translation>L’attribut de cas ou de document dont les valeurs sont les colonnes.</translation>
    </message>
    <message>
        <source>overlapping text</source>
        <translation>texte qui se chevauche</translation>
    </message>
    <message>
        <source>same paragraph</source>
        <translation>même paragraphe</translation>
    </message>
    <message>
        <source>same speaker turn</source>
        <translation>même tour de parole</translation>
    </message>
    <message>
        <source>What counts as two codes occurring together: stretches of text coded with both, or paragraphs or speaker turns both codes touch.</source>
        <translation>Ce qui compte comme cooccurrence de deux codes : des passages codés avec les deux, ou des paragraphes ou tours de parole que les deux codes touchent.</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>The number of codings (segments).</source>
        <translation>Le nombre de codages (segments).</translation>
    </message>
    <message>
        <source>Distinct documents with such a coding.</source>
        <translation>Documents distincts ayant un tel codage.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Distinct cases whose documents have such a coding.</source>
        <translation>Cas distincts dont les documents ont un tel codage.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Characters coded, each counted once however many codings cover it.</source>
        <translation>Caractères codés, chacun compté une fois quel que soit le nombre de codages qui le couvrent.</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Couverture %</translation>
    </message>
    <message>
        <source>Characters coded as a percentage of the column&apos;s text.</source>
        <translation>Caractères codés en pourcentage du texte de la colonne.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% en ligne</translation>
    </message>
    <message>
        <source>Column %</source>
        <translation>% en colonne</translation>
    </message>
    <message>
        <source>Row %: each cell as a share of its row&apos;s cells; column %: of its column&apos;s cells. Rows or columns then add up to 100.</source>
        <translation>% en ligne : chaque cellule comme part des cellules de sa ligne ; % en colonne : de celles de sa colonne. Les lignes ou les colonnes totalisent alors 100.</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>A code&apos;s row also counts the codings of its sub-codes.</source>
        <translation>La ligne d’un code compte aussi les codages de ses sous-codes.</translation>
    </message>
    <message>
        <source>Roll up questions</source>
        <translation>Agréger les questions</translation>
    </message>
    <message>
        <source>A coding also counts for the questions linked to its code&apos;s parent codes.</source>
        <translation>Un codage compte aussi pour les questions liées aux codes parents de son code.</translation>
    </message>
    <message>
        <source>Codes ×</source>
        <translation>Codes ×</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>%1 (case)</source>
        <translation>%1 (cas)</translation>
    </message>
    <message>
        <source>%1 (document)</source>
        <translation>%1 (document)</translation>
    </message>
</context>
<context>
    <name>situate::MatrixModel</name>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source> %  (count %1)</source>
        <translation> %  (compte %1)</translation>
    </message>
    <message>
        <source>
Double-click to list the extracts.</source>
        <translation>
Double-cliquez pour lister les extraits.</translation>
    </message>
    <message>
        <source>The row&apos;s count over the whole filtered project, each unit once (not the sum of the cells when a coding is in several columns).</source>
        <translation>Le compte de la ligne sur tout le projet filtré, chaque unité une fois (pas la somme des cellules quand un codage est dans plusieurs colonnes).</translation>
    </message>
    <message>
        <source>Total (any code)</source>
        <translation>Total (tout code)</translation>
    </message>
    <message>
        <source>Per column, the codings of any code in the table, each counted once.</source>
        <translation>Par colonne, les codages de n’importe quel code du tableau, chacun compté une fois.</translation>
    </message>
    <message>
        <source>%1 and %2 (all their codings)</source>
        <translation>%1 et %2 (tous leurs codages)</translation>
    </message>
</context>
<context>
    <name>situate::MatrixView</name>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers shown as a CSV file.</source>
        <translation>Enregistrer les nombres affichés dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Save the numbers shown, and every count type on its own sheet, as an .xlsx workbook.</source>
        <translation>Enregistrer les nombres affichés, et chaque type de compte sur sa propre feuille, dans un classeur .xlsx.</translation>
    </message>
    <message>
        <source>The project has no attributes yet.</source>
        <translation>Le projet n’a pas encore d’attributs.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last result.</source>
        <translation>Annulé ; le tableau montre le dernier résultat.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No project open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun projet ouvert.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Co-occurring codes</source>
        <translation>Codes en cooccurrence</translation>
    </message>
    <message>
        <source>per case</source>
        <translation>par cas</translation>
    </message>
    <message>
        <source>per research question (rolled up)</source>
        <translation>par question de recherche (agrégé)</translation>
    </message>
    <message>
        <source>per research question</source>
        <translation>par question de recherche</translation>
    </message>
    <message>
        <source>per document</source>
        <translation>par document</translation>
    </message>
    <message>
        <source>per coder</source>
        <translation>par codeur</translation>
    </message>
    <message>
        <source>per value of %1</source>
        <translation>par valeur de %1</translation>
    </message>
    <message>
        <source> · row percentages</source>
        <translation> · pourcentages en ligne</translation>
    </message>
    <message>
        <source> · column percentages</source>
        <translation> · pourcentages en colonne</translation>
    </message>
    <message>
        <source>%1 codes × %2 columns. Double-click a cell for its extracts.</source>
        <translation>%1 codes × %2 colonnes. Double-cliquez sur une cellule pour ses extraits.</translation>
    </message>
    <message>
        <source>The same counts from the command line:
%1</source>
        <translation>Les mêmes comptes en ligne de commande :
%1</translation>
    </message>
    <message>
        <source>There is no table to export yet.</source>
        <translation>Il n’y a pas encore de tableau à exporter.</translation>
    </message>
    <message>
        <source>Export matrix to Excel</source>
        <translation>Exporter la matrice vers Excel</translation>
    </message>
    <message>
        <source>Export matrix to CSV</source>
        <translation>Exporter la matrice en CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Frequency matrix</source>
        <translation>Matrice de fréquences</translation>
    </message>
    <message>
        <source>Codes in rows, the chosen columns, and the count in each cell</source>
        <translation>Les codes en lignes, les colonnes choisies et le décompte de chaque cellule</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>situate::MaturityView</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supporting codings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Codages à l’appui&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add selected coding</source>
        <translation>Ajouter le codage sélectionné</translation>
    </message>
    <message>
        <source>Adds the coding selected in the document as evidence.</source>
        <translation>Ajoute comme donnée probante le codage sélectionné dans le document.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maturity model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modèle de maturité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Rationale / reasoning:</source>
        <translation>Justification / raisonnement :</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>&lt;i&gt;The project has no maturity model yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Le projet n’a pas encore de modèle de maturité.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt;: needs ratings by at least two coders.</source>
        <translation>&lt;b&gt;Accord&lt;/b&gt; : nécessite des évaluations d’au moins deux codeurs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt; of %1: </source>
        <translation>&lt;b&gt;Accord&lt;/b&gt; de %1 : </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>ordinal Krippendorff&apos;s α %1</source>
        <translation>α de Krippendorff ordinal %1</translation>
    </message>
    <message>
        <source>weighted κ linear %1, quadratic %2</source>
        <translation>κ pondéré linéaire %1, quadratique %2</translation>
    </message>
    <message>
        <source>%1 of %2 rated CoPs identical</source>
        <translation>%1 des %2 CoP évaluées identiques</translation>
    </message>
    <message>
        <source>Select a CoP and a coder (or the consensus) to rate.</source>
        <translation>Sélectionnez une CoP et un codeur (ou le consensus) à évaluer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consensus for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consensus pour %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&apos;s rating of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Évaluation de %2 par %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record consensus</source>
        <translation>Enregistrer le consensus</translation>
    </message>
    <message>
        <source>(coding %1 no longer exists)</source>
        <translation>(le codage %1 n’existe plus)</translation>
    </message>
    <message>
        <source>Select a coding in the document first.</source>
        <translation>Sélectionnez d’abord un codage dans le document.</translation>
    </message>
    <message>
        <source>Select a CoP and a coder first.</source>
        <translation>Sélectionnez d’abord une CoP et un codeur.</translation>
    </message>
    <message>
        <source>Consensus maturity of %1</source>
        <translation>Maturité de consensus de %1</translation>
    </message>
    <message>
        <source>%1&apos;s maturity rating of %2</source>
        <translation>Évaluation de maturité de %2 par %1</translation>
    </message>
    <message>
        <source>Clear consensus maturity of %1</source>
        <translation>Effacer la maturité de consensus de %1</translation>
    </message>
    <message>
        <source>Clear %1&apos;s maturity rating of %2</source>
        <translation>Effacer l’évaluation de maturité de %2 par %1</translation>
    </message>
    <message>
        <source>Maturity ratings by case and coder</source>
        <translation>Évaluations de maturité par cas et par codeur</translation>
    </message>
    <message>
        <source>Maturity levels</source>
        <translation>Niveaux de maturité</translation>
    </message>
    <message>
        <source>Rationale of the rating</source>
        <translation>Justification de l’évaluation</translation>
    </message>
    <message>
        <source>Evidence for the rating</source>
        <translation>Données probantes de l’évaluation</translation>
    </message>
</context>
<context>
    <name>situate::Preferences</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>situate::ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>situate::PseudonymController</name>
    <message>
        <source>Pseu&amp;donymise…</source>
        <translation>Pseu&amp;donymiser…</translation>
    </message>
    <message>
        <source>Replace names everywhere in the project from a list, keeping the key outside it</source>
        <translation>Remplacer des noms partout dans le projet à partir d’une liste, en gardant la clé hors du projet</translation>
    </message>
    <message>
        <source>Make Changes &amp;Permanent…</source>
        <translation>Rendre les modifications &amp;définitives…</translation>
    </message>
    <message>
        <source>Give up undo and erase the text edits removed (such as the names a pseudonymisation replaced) from the project file</source>
        <translation>Renoncer à l’annulation et effacer du fichier du projet le texte que les modifications ont retiré (comme les noms qu’une pseudonymisation a remplacés)</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>Make every change so far permanent? Undo can no longer take any of them back, and the text they removed (such as the names a pseudonymisation replaced) is erased from the project file for good.</source>
        <translation>Rendre définitives toutes les modifications faites jusqu’ici ? Annuler ne pourra plus en reprendre aucune, et le texte qu’elles ont retiré (comme les noms qu’une pseudonymisation a remplacés) est effacé du fichier du projet pour de bon.</translation>
    </message>
    <message>
        <source>The changes are permanent; the text they removed is erased from the project file.</source>
        <translation>Les modifications sont définitives ; le texte qu’elles ont retiré est effacé du fichier du projet.</translation>
    </message>
    <message>
        <source>Erasing the removed text from the project file…</source>
        <translation>Effacement du texte retiré du fichier du projet…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1 were taken before and may still hold the original names. Delete them now? They cannot be brought back.</source>
        <translation>
            <numerusform>%n sauvegarde dans %1 a été faite avant et peut encore contenir les noms d’origine. La supprimer maintenant ? Elle ne pourra pas être récupérée.</numerusform>
            <numerusform>%n sauvegardes dans %1 ont été faites avant et peuvent encore contenir les noms d’origine. Les supprimer maintenant ? Elles ne pourront pas être récupérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>These backups in %1 could not be deleted; delete them yourself: %2</source>
        <translation>Ces sauvegardes dans %1 n’ont pas pu être supprimées ; supprimez-les vous-même : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s).</source>
        <translation>
            <numerusform>%n sauvegarde supprimée.</numerusform>
            <numerusform>%n sauvegardes supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>situate::PseudonymDialog</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymiser</translation>
    </message>
    <message>
        <source>Where the key (the original names) is saved, outside the project&apos;s folder</source>
        <translation>L’endroit où la clé (les noms d’origine) est enregistrée, hors du dossier du projet</translation>
    </message>
    <message>
        <source>Mark the matches in the open document</source>
        <translation>Marquer les correspondances dans le document ouvert</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Count what the list would replace, and the codings it touches</source>
        <translation>Compter ce que la liste remplacerait, et les codages concernés</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Replace everything the preview lists and save the key, as one step that Undo takes back</source>
        <translation>Remplacer tout ce que l’aperçu liste et enregistrer la clé, en une étape qu’Annuler reprend</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Replace each name with its pseudonym, everywhere in the project: texts, speaker labels, names, memos, summaries and text attributes.</source>
        <translation>Remplacer chaque nom par son pseudonyme, partout dans le projet : textes, noms des locuteurs, noms, mémos, synthèses et attributs texte.</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>&amp;Retirer les lignes</translation>
    </message>
    <message>
        <source>&amp;Load list…</source>
        <translation>&amp;Charger une liste…</translation>
    </message>
    <message>
        <source>Read a list with the columns find and replace (and optionally match and case) from CSV or XLSX</source>
        <translation>Lire une liste avec les colonnes find et replace (et éventuellement match et case) depuis un CSV ou un XLSX</translation>
    </message>
    <message>
        <source>Sa&amp;ve list…</source>
        <translation>Enre&amp;gistrer la liste…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose where the key is saved: it lists every original name and its pseudonym, so keep it apart from the project</source>
        <translation>Choisissez où la clé est enregistrée : elle liste chaque nom d’origine et son pseudonyme, gardez-la donc à l’écart du projet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preview to see what the list would change.</source>
        <translation>Lancez l’aperçu pour voir ce que la liste changerait.</translation>
    </message>
    <message>
        <source>Add the names to replace: type them, load a list or add suggestions.</source>
        <translation>Ajoutez les noms à remplacer : tapez-les, chargez une liste ou ajoutez des suggestions.</translation>
    </message>
    <message>
        <source>The list cannot be used: %1.</source>
        <translation>La liste est inutilisable : %1.</translation>
    </message>
    <message>
        <source>Counting what the list would replace…</source>
        <translation>Comptage de ce que la liste remplacerait…</translation>
    </message>
    <message>
        <source>Could not count what the list would replace: %1</source>
        <translation>Impossible de compter ce que la liste remplacerait : %1</translation>
    </message>
    <message>
        <source>(names, memos and other texts)</source>
        <translation>(noms, mémos et autres textes)</translation>
    </message>
    <message>
        <source>Nothing in the project matches the list.</source>
        <translation>Rien dans le projet ne correspond à la liste.</translation>
    </message>
    <message>
        <source>%1 replacement(s) in %2 document(s) and %3 other text(s); codings: %4 moved, %5 changed, %6 removed.</source>
        <translation>%1 remplacement(s) dans %2 document(s) et %3 autre(s) texte(s) ; codages : %4 déplacé(s), %5 modifié(s), %6 retiré(s).</translation>
    </message>
    <message>
        <source>%1 would be saved in the project&apos;s folder (%2), where it would be shared, synchronised or committed with the project whose names it holds. Choose a place outside that folder; nothing was changed.</source>
        <translation>%1 serait enregistré dans le dossier du projet (%2), où il serait partagé, synchronisé ou versionné avec le projet dont il contient les noms. Choisissez un endroit hors de ce dossier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose where to save the key first: the file that keeps every original name and its pseudonym. Nothing was changed.</source>
        <translation>Choisissez d’abord où enregistrer la clé : le fichier qui garde chaque nom d’origine et son pseudonyme. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key %1 is a folder; choose a file. Nothing was changed.</source>
        <translation>La clé %1 est un dossier ; choisissez un fichier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key %1</source>
        <translation>La clé %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new key?</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle clé ?</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1 ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Replaced %1 in %2 document(s) and %3 other text(s); the key is in %4. Undo takes it back. The original names leave the project file when you close the project or choose File &gt; Make Changes Permanent.</source>
        <translation>%1 remplacé dans %2 document(s) et %3 autre(s) texte(s) ; la clé est dans %4. Annuler le reprend. Les noms d’origine quittent le fichier du projet quand vous fermez le projet ou choisissez Fichier &gt; Rendre les modifications définitives.</translation>
    </message>
    <message>
        <source>Save the key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv)</source>
        <translation>Feuilles CSV (*.csv)</translation>
    </message>
    <message>
        <source>Load a replacement list</source>
        <translation>Charger une liste de remplacement</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n entries in the table with the list of %1?</source>
        <translation>
            <numerusform>Remplacer %n entrée du tableau par la liste de %1 ?</numerusform>
            <numerusform>Remplacer les %n entrées du tableau par la liste de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to save.</source>
        <translation>La liste est vide : il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>Save the replacement list</source>
        <translation>Enregistrer la liste de remplacement</translation>
    </message>
    <message>
        <source>The list %1</source>
        <translation>La liste %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) marked in the open document.</source>
        <translation>
            <numerusform>%n correspondance marquée dans le document ouvert.</numerusform>
            <numerusform>%n correspondances marquées dans le document ouvert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>situate::PseudonymSuggestions</name>
    <message>
        <source>&amp;Suggest names</source>
        <translation>&amp;Suggérer des noms</translation>
    </message>
    <message>
        <source>Find speaker labels and capitalised names in every document</source>
        <translation>Trouver les noms de locuteurs et les noms en majuscule dans chaque document</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>Add the selected suggestions to the list, to type their pseudonyms</source>
        <translation>Ajouter les suggestions sélectionnées à la liste, pour saisir leurs pseudonymes</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Suggest names to review what the documents may identify.</source>
        <translation>Suggérez des noms pour examiner ce qui, dans les documents, pourrait identifier quelqu’un.</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <translation>Lecture des documents…</translation>
    </message>
    <message>
        <source>Could not read the documents: %1</source>
        <translation>Impossible de lire les documents : %1</translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation>Rien à suggérer.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s): double-click one, or select and add them.</source>
        <translation>
            <numerusform>%n suggestion : double-cliquez dessus, ou sélectionnez-la et ajoutez-la.</numerusform>
            <numerusform>%n suggestions : double-cliquez sur l’une, ou sélectionnez-les et ajoutez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>situate::PseudonymTable</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
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
        <translation>Code et sous-codes</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Name to insert</source>
        <translation>Nom à insérer</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert the operand at the cursor</source>
        <translation>Insérer l’opérande au curseur</translation>
    </message>
    <message>
        <source>e.g. code &quot;Mechanisms&quot; near 10 code &quot;Outcomes&quot; and speaker &quot;P1&quot;</source>
        <translation>p. ex. code &quot;Mechanisms&quot; near 10 code &quot;Outcomes&quot; and speaker &quot;P1&quot;</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Widen each run to</source>
        <translation>Étendre chaque passage à</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the query (Enter)</source>
        <translation>Exécuter la requête (Entrée)</translation>
    </message>
    <message>
        <source>Insert &quot;%1&quot; at the cursor</source>
        <translation>Insérer « %1 » au curseur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Name to save as</source>
        <translation>Nom sous lequel enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep this query in the project under the name</source>
        <translation>Garder cette requête dans le projet sous ce nom</translation>
    </message>
    <message>
        <source>Code to code the result with</source>
        <translation>Code à appliquer au résultat</translation>
    </message>
    <message>
        <source>Code result</source>
        <translation>Coder le résultat</translation>
    </message>
    <message>
        <source>Code every run of the result with the chosen code, as the current coder (one undoable step)</source>
        <translation>Coder chaque passage du résultat avec le code choisi, en tant que codeur actuel (une étape annulable)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Open in extracts browser</source>
        <translation>Ouvrir dans le navigateur d’extraits</translation>
    </message>
    <message>
        <source>The codings that share a character with the result</source>
        <translation>Les codages qui partagent un caractère avec le résultat</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Enregistrées :</translation>
    </message>
    <message>
        <source>Code with:</source>
        <translation>Coder avec :</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s names: %1</source>
        <translation>Impossible de lire les noms du projet : %1</translation>
    </message>
    <message>
        <source>Write a query, or build one from the names and operators above.</source>
        <translation>Écrivez une requête, ou construisez-la à partir des noms et des opérateurs ci-dessus.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>The query cannot run: %1</source>
        <translation>La requête ne peut pas s’exécuter : %1</translation>
    </message>
    <message>
        <source>%1 in %2 of %3, %4%5</source>
        <translation>%1 dans %2 de %3, %4%5</translation>
    </message>
    <message>
        <source>run</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>character</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source> (the first %1 listed)</source>
        <translation> (les %1 premiers listés)</translation>
    </message>
    <message>
        <source>Give the query a name to save it under.</source>
        <translation>Donnez un nom à la requête pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Save query %1</source>
        <translation>Enregistrer la requête %1</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <source>Could not save the query: %1</source>
        <translation>Impossible d’enregistrer la requête : %1</translation>
    </message>
    <message>
        <source>Choose the code to code the result with.</source>
        <translation>Choisissez le code à appliquer au résultat.</translation>
    </message>
    <message>
        <source>Choose who codes (Coding as) first.</source>
        <translation>Choisissez d’abord qui code (Code en tant que).</translation>
    </message>
    <message>
        <source>Code query result with %1</source>
        <translation>Coder le résultat de la requête avec %1</translation>
    </message>
    <message>
        <source>Coded %1 runs with %2 (%3 already were).</source>
        <translation>%1 passages codés avec %2 (%3 l’étaient déjà).</translation>
    </message>
    <message>
        <source>Could not code the result: %1</source>
        <translation>Impossible de coder le résultat : %1</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>requête : %1</translation>
    </message>
    <message>
        <source>Run a query first.</source>
        <translation>Exécutez d’abord une requête.</translation>
    </message>
    <message>
        <source>Open in evidence matrix</source>
        <translation>Ouvrir dans la matrice des données probantes</translation>
    </message>
    <message>
        <source>The saved queries as rows of the evidence matrix</source>
        <translation>Les requêtes enregistrées comme lignes de la matrice des données probantes</translation>
    </message>
    <message>
        <source>Save the query first: the evidence matrix shows saved queries as its rows.</source>
        <translation>Enregistrez d’abord la requête : la matrice des données probantes montre les requêtes enregistrées comme lignes.</translation>
    </message>
    <message>
        <source>Coder (by)</source>
        <translation>Codeur (by)</translation>
    </message>
</context>
<context>
    <name>situate::QuestionsPanel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Questions de recherche</translation>
    </message>
</context>
<context>
    <name>situate::ReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Count the matches and the codings they touch</source>
        <translation>Compter les correspondances et les codages concernés</translation>
    </message>
    <message>
        <source>&amp;Replace all</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <source>Make every replacement the preview lists, as one step that Undo takes back</source>
        <translation>Faire chaque remplacement que l’aperçu liste, en une étape qu’Annuler reprend</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Codings changed</source>
        <translation>Codages modifiés</translation>
    </message>
    <message>
        <source>Codings removed</source>
        <translation>Codages retirés</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <source>Type what to find.</source>
        <translation>Tapez ce qu’il faut rechercher.</translation>
    </message>
    <message>
        <source>Preview to see what would change.</source>
        <translation>Lancez l’aperçu pour voir ce qui changerait.</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Comptage des correspondances…</translation>
    </message>
    <message>
        <source>Could not count the matches: %1</source>
        <translation>Impossible de compter les correspondances : %1</translation>
    </message>
    <message>
        <source>Replaced %1 (Undo takes it back). </source>
        <translation>%1 remplacé (Annuler le reprend). </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucune correspondance.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 document(s); %2 coding(s) change and %3 are removed.</source>
        <translation>
            <numerusform>%n correspondance dans %1 document(s) ; %2 codage(s) changent et %3 sont retirés.</numerusform>
            <numerusform>%n correspondances dans %1 document(s) ; %2 codage(s) changent et %3 sont retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot;</source>
        <translation>Remplacer « %1 »</translation>
    </message>
</context>
<context>
    <name>situate::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Every research question</source>
        <translation>Toutes les questions de recherche</translation>
    </message>
    <message>
        <source>Every CoP</source>
        <translation>Toutes les CoP</translation>
    </message>
    <message>
        <source>Research question:</source>
        <translation>Question de recherche :</translation>
    </message>
    <message>
        <source>CoP:</source>
        <translation>CoP :</translation>
    </message>
    <message>
        <source>Extracts per code:</source>
        <translation>Extraits par code :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Extracts per code</source>
        <translation>Extraits par code</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>File (.html, .pdf or .docx):</source>
        <translation>Fichier (.html, .pdf ou .docx) :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Report (*.pdf *.html *.docx);;PDF (*.pdf);;HTML page (*.html);;Word document (*.docx)</source>
        <translation>Rapport (*.pdf *.html *.docx);;PDF (*.pdf);;Page HTML (*.html);;Document Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>situate::ReportExporter</name>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was written.</source>
        <translation>Rapport annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Impossible d’écrire le rapport : %1</translation>
    </message>
</context>
<context>
    <name>situate::SearchPanel</name>
    <message>
        <source>Search all documents: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Rechercher dans tous les documents : mots, &quot;une expression&quot;, préfixe*</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>En contexte</translation>
    </message>
    <message>
        <source>the hit</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <source>its sentence</source>
        <translation>sa phrase</translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation>son paragraphe</translation>
    </message>
    <message>
        <source>its speaker turn</source>
        <translation>son tour de parole</translation>
    </message>
    <message>
        <source>Code selected hits</source>
        <translation>Coder les résultats sélectionnés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 hit(s) in %2 document(s)%3</source>
        <translation>%1 résultat(s) dans %2 document(s)%3</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>situate::ServerController</name>
    <message>
        <source>Open &amp;server project…</source>
        <translation>Ouvrir un projet sur un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a team project on a PostgreSQL server</source>
        <translation>Ouvrir un projet d’équipe sur un serveur PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the server again; %n kept change(s) sent.</source>
        <translation>
            <numerusform>De nouveau connecté au serveur ; %n modification conservée envoyée.</numerusform>
            <numerusform>De nouveau connecté au serveur ; %n modifications conservées envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <source>Open server project</source>
        <translation>Ouvrir un projet sur un serveur</translation>
    </message>
    <message>
        <source>Server project:</source>
        <translation>Projet sur le serveur :</translation>
    </message>
    <message>
        <source>%1 is not a server project: it must start with postgresql://</source>
        <translation>%1 n’est pas un projet sur serveur : il doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Write no password in the URL: it comes from PGPASSWORD or ~/.pgpass; without them Situate asks for it, uses it for this project&apos;s connections only and does not store it. A project is put on a server with File &gt; Publish to server.</source>
        <translation>N’écrivez pas de mot de passe dans l’URL : il vient de PGPASSWORD ou de ~/.pgpass ; sinon Situate le demande, ne l’utilise que pour les connexions de ce projet et ne le conserve pas. Un projet est mis sur un serveur avec Fichier &gt; Publier sur un serveur.</translation>
    </message>
</context>
<context>
    <name>situate::StartPage</name>
    <message>
        <source>&lt;h1&gt;Situate&lt;/h1&gt;&lt;p&gt;Qualitative coding of interview transcripts for evaluation teams.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Situate&lt;/h1&gt;&lt;p&gt;Codage qualitatif de transcriptions d’entretiens pour les équipes d’évaluation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Commencer&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file, then import transcripts into it</source>
        <translation>Créer un fichier de projet vide, puis y importer des transcriptions</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a project file (*.situate)</source>
        <translation>Ouvrir un fichier de projet (*.situate)</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>A small evaluation of seven Communities of Practice, to try things on</source>
        <translation>Une petite évaluation de sept communautés de pratique, pour faire des essais</translation>
    </message>
    <message>
        <source>User Manual</source>
        <translation>Manuel d’utilisation</translation>
    </message>
    <message>
        <source>How to run an evaluation with Situate, step by step</source>
        <translation>Comment mener une évaluation avec Situate, pas à pas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recent projects&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Projets récents&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>No project opened yet</source>
        <translation>Aucun projet ouvert pour l’instant</translation>
    </message>
</context>
<context>
    <name>situate::TeamCopyController</name>
    <message>
        <source>Write no password in the URL: it comes from PGPASSWORD or ~/.pgpass; without them Situate asks for it and does not store it.</source>
        <translation>N’écrivez pas de mot de passe dans l’URL : il vient de PGPASSWORD ou de ~/.pgpass ; sinon Situate le demande et ne le conserve pas.</translation>
    </message>
    <message>
        <source>Server project:</source>
        <translation>Projet sur serveur :</translation>
    </message>
    <message>
        <source>P&amp;ublish to server…</source>
        <translation>P&amp;ublier sur un serveur…</translation>
    </message>
    <message>
        <source>Copy this project file into an empty database on a PostgreSQL server, for a team to code together</source>
        <translation>Copier ce fichier de projet dans une base vide d’un serveur PostgreSQL, pour qu’une équipe code ensemble</translation>
    </message>
    <message>
        <source>Clo&amp;ne server project…</source>
        <translation>Clo&amp;ner un projet sur serveur…</translation>
    </message>
    <message>
        <source>Copy a team project from a PostgreSQL server into a new project file on this computer</source>
        <translation>Copier un projet d’équipe d’un serveur PostgreSQL dans un nouveau fichier de projet sur cet ordinateur</translation>
    </message>
    <message>
        <source>Publish to server</source>
        <translation>Publier sur un serveur</translation>
    </message>
    <message>
        <source>The database must exist and be empty; ask the server&apos;s administrator for one.</source>
        <translation>La base de données doit exister et être vide ; demandez-en une à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Clone server project</source>
        <translation>Cloner un projet sur serveur</translation>
    </message>
    <message>
        <source>The copy is a new project file, no longer shared with the team.</source>
        <translation>La copie est un nouveau fichier de projet, qui n’est plus partagé avec l’équipe.</translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation>Cloner dans</translation>
    </message>
    <message>
        <source>Situate projects (*.situate)</source>
        <translation>Projets Situate (*.situate)</translation>
    </message>
    <message>
        <source>Publishing copies a project file to a server: open a project file first.</source>
        <translation>Publier copie un fichier de projet sur un serveur : ouvrez d’abord un fichier de projet.</translation>
    </message>
    <message>
        <source>%1 is not a server project: it must start with postgresql://</source>
        <translation>%1 n’est pas un projet sur serveur : l’adresse doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>Publication de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Published %1 to %2: %n document(s), %3 codings. Open the server project now?</source>
        <translation>
            <numerusform>%1 publié sur %2 : %n document, %3 codages. Ouvrir le projet sur serveur maintenant ?</numerusform>
            <numerusform>%1 publié sur %2 : %n documents, %3 codages. Ouvrir le projet sur serveur maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>%1 publié sur %2</translation>
    </message>
    <message>
        <source>Cloning %1…</source>
        <translation>Clonage de %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Annulé ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>Password for the server project:</source>
        <translation>Mot de passe du projet sur serveur :</translation>
    </message>
</context>
<context>
    <name>situate::TocDiagram</name>
    <message>
        <source>All CoPs</source>
        <translation>Toutes les CoP</translation>
    </message>
    <message>
        <source>Theory of change · %1</source>
        <translation>Théorie du changement · %1</translation>
    </message>
    <message>
        <source>Codings per code; the tags name the research questions each code serves.</source>
        <translation>Codages par code ; les étiquettes nomment les questions de recherche que sert chaque code.</translation>
    </message>
    <message>
        <source>Between the steps: what the chain assumes and what helps or hinders it</source>
        <translation>Entre les étapes : ce que la chaîne suppose et ce qui l’aide ou l’entrave</translation>
    </message>
    <message>
        <source>No codes</source>
        <translation>Aucun code</translation>
    </message>
    <message>
        <source>%1 codings in the project</source>
        <translation>%1 codages dans le projet</translation>
    </message>
    <message>
        <source>1 code without a theory-of-change element is not shown</source>
        <translation>1 code sans élément de la théorie du changement n’est pas affiché</translation>
    </message>
    <message>
        <source>%1 codes without a theory-of-change element are not shown</source>
        <translation>%1 codes sans élément de la théorie du changement ne sont pas affichés</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Click for its extracts; right-click to change its element or questions.</source>
        <translation>Cliquez pour ses extraits ; clic droit pour changer son élément ou ses questions.</translation>
    </message>
</context>
<context>
    <name>situate::TocElement</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Intrants</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mécanismes</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Enablers and barriers</source>
        <translation>Facteurs favorables et obstacles</translation>
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
        <translation>Enregistrer le diagramme en graphisme vectoriel, pour les rapports.</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Counts for:</source>
        <translation>Comptes pour :</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Click a code for its extracts; right-click to change it.</source>
        <translation>Cliquez sur un code pour ses extraits ; clic droit pour le modifier.</translation>
    </message>
    <message>
        <source>All CoPs</source>
        <translation>Toutes les CoP</translation>
    </message>
    <message>
        <source>There is no diagram to save yet.</source>
        <translation>Il n’y a pas encore de diagramme à enregistrer.</translation>
    </message>
    <message>
        <source>Theory of change</source>
        <translation>Théorie du changement</translation>
    </message>
    <message>
        <source>theory of change</source>
        <translation>théorie du changement</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>Le code n’existe plus.</translation>
    </message>
    <message>
        <source>Set theory-of-change element of &quot;%1&quot;</source>
        <translation>Définir l’élément de la théorie du changement de « %1 »</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to %2</source>
        <translation>Lier « %1 » à %2</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from %2</source>
        <translation>Délier « %1 » de %2</translation>
    </message>
    <message>
        <source>Show extracts</source>
        <translation>Afficher les extraits</translation>
    </message>
    <message>
        <source>Theory-of-change element</source>
        <translation>Élément de la théorie du changement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Questions de recherche</translation>
    </message>
</context>
<context>
    <name>situate::TranscriptEditing</name>
    <message>
        <source>&amp;Edit Transcript Text</source>
        <translation>&amp;Modifier le texte de la transcription</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Correct the transcript&apos;s words; codings follow the text</source>
        <translation>Corriger les mots de la transcription ; les codages suivent le texte</translation>
    </message>
    <message>
        <source>Editing the transcript: each change is saved at once and codings follow the text. Undo takes back a burst of typing at a time.</source>
        <translation>Modification de la transcription : chaque changement est enregistré aussitôt et les codages suivent le texte. Annuler reprend une rafale de frappe à la fois.</translation>
    </message>
    <message>
        <source>Done Editing</source>
        <translation>Terminer la modification</translation>
    </message>
    <message>
        <source>Only the project&apos;s owners can edit transcripts on this server. Ask an owner to correct the text, or to make you an owner.</source>
        <translation>Seuls les propriétaires du projet peuvent modifier les transcriptions sur ce serveur. Demandez à un propriétaire de corriger le texte, ou de vous rendre propriétaire.</translation>
    </message>
    <message>
        <source>• %1: “%2”</source>
        <translation>• %1 : « %2 »</translation>
    </message>
    <message>
        <source>(a code)</source>
        <translation>(un code)</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• et %n autre</numerusform>
            <numerusform>• et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting this text removes %n coding(s) that lie wholly inside it:</source>
        <translation>
            <numerusform>Supprimer ce texte retire %n codage qui se trouve entièrement à l’intérieur :</numerusform>
            <numerusform>Supprimer ce texte retire %n codages qui se trouvent entièrement à l’intérieur :</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it anyway? Undo brings the text and the codings back.</source>
        <translation>Le supprimer quand même ? Annuler rétablit le texte et les codages.</translation>
    </message>
    <message>
        <source>Typing in the transcript</source>
        <translation>Frappe dans la transcription</translation>
    </message>
    <message>
        <source>Edit of the transcript</source>
        <translation>Modification de la transcription</translation>
    </message>
</context>
<context>
    <name>situate::Workbench</name>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Cases and attributes</source>
        <translation>Cas et attributs</translation>
    </message>
    <message>
        <source>Research questions</source>
        <translation>Questions de recherche</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>situate::agreement</name>
    <message>
        <source>no coder named &quot;%1&quot;</source>
        <translation>aucun codeur nommé « %1 »</translation>
    </message>
    <message>
        <source>coder &quot;%1&quot; is named twice</source>
        <translation>le codeur « %1 » est nommé deux fois</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>l’accord demande au moins deux codeurs</translation>
    </message>
    <message>
        <source>the %1 unit compares exactly two coders, not %2</source>
        <translation>l’unité %1 compare exactement deux codeurs, pas %2</translation>
    </message>
    <message>
        <source>a group applies to the document, paragraph and turn units</source>
        <translation>un groupe s’applique aux unités document, paragraphe et tour de parole</translation>
    </message>
    <message>
        <source>choose codes or a group, not both</source>
        <translation>choisissez des codes ou un groupe, pas les deux</translation>
    </message>
    <message>
        <source>the overlap must be above 0 and at most 1</source>
        <translation>le recouvrement doit être supérieur à 0 et au plus 1</translation>
    </message>
    <message>
        <source>no document named &quot;%1&quot;</source>
        <translation>aucun document nommé « %1 »</translation>
    </message>
    <message>
        <source>no code &quot;%1&quot;</source>
        <translation>aucun code « %1 »</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; needs at least two child codes</source>
        <translation>le groupe « %1 » demande au moins deux sous-codes</translation>
    </message>
    <message>
        <source>the codings at this place changed since it was listed: press Compute</source>
        <translation>les codages à cet endroit ont changé depuis qu’il a été listé : cliquez sur Calculer</translation>
    </message>
    <message>
        <source>the codings changed since the disagreements were listed: press Compute</source>
        <translation>les codages ont changé depuis que les désaccords ont été listés : cliquez sur Calculer</translation>
    </message>
    <message>
        <source>the consensus coder must be someone other than the two coders being compared</source>
        <translation>le codeur de consensus doit être une autre personne que les deux codeurs comparés</translation>
    </message>
</context>
<context>
    <name>situate::analysis</name>
    <message>
        <source>the filter names an attribute that no longer exists</source>
        <translation>le filtre nomme un attribut qui n’existe plus</translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;</source>
        <translation>aucun %1 nommé « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a case and a document attribute; write case:%1 or document:%1</source>
        <translation>« %1 » est à la fois un attribut de cas et de document ; écrivez case:%1 ou document:%1</translation>
    </message>
    <message>
        <source>no attribute named &quot;%1&quot;</source>
        <translation>aucun attribut nommé « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition of the form ATTRIBUTE=VALUE</source>
        <translation>« %1 » n’est pas une condition de la forme ATTRIBUT=VALEUR</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1 : enregistrement impossible : %2</translation>
    </message>
    <message>
        <source>%1: more extracts than an Excel sheet holds (%2 rows); export them as CSV instead</source>
        <translation>%1 : plus d’extraits qu’une feuille Excel ne peut en contenir (%2 lignes) ; exportez-les plutôt en CSV</translation>
    </message>
    <message>
        <source>a code to retrieve no longer exists</source>
        <translation>un code à extraire n’existe plus</translation>
    </message>
    <message>
        <source>the research question no longer exists</source>
        <translation>la question de recherche n’existe plus</translation>
    </message>
    <message>
        <source>a code to count no longer exists</source>
        <translation>un code à compter n’existe plus</translation>
    </message>
    <message>
        <source>the table has more rows than an Excel sheet holds (1,048,576): export it as CSV</source>
        <translation>le tableau a plus de lignes qu’une feuille Excel ne peut en contenir (1 048 576) : exportez-le en CSV</translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>impossible d’ajouter la feuille « %1 »</translation>
    </message>
    <message>
        <source>%1: cannot save the file</source>
        <translation>%1 : impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <source>codings read as counts per code cannot be counted by coder</source>
        <translation>des codages lus comme comptes par code ne peuvent pas être comptés par codeur</translation>
    </message>
</context>
<context>
    <name>situate::commands</name>
    <message>
        <source>a case needs a name</source>
        <translation>un cas doit avoir un nom</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>un attribut doit avoir un nom</translation>
    </message>
    <message>
        <source>that attribute no longer exists</source>
        <translation>cet attribut n’existe plus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (attribute %2)</source>
        <translation>« %1 » n’est pas un nombre (attribut %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD (attribute %2)</source>
        <translation>« %1 » n’est pas une date au format AAAA-MM-JJ (attribut %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2 (%3)</source>
        <translation>« %1 » n’est pas l’un des choix de %2 (%3)</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>un code doit avoir un nom</translation>
    </message>
    <message>
        <source>a code name cannot contain &quot;/&quot; (it separates levels of a path): %1</source>
        <translation>un nom de code ne peut pas contenir « / » (il sépare les niveaux d’un chemin) : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb)</source>
        <translation>« %1 » n’est pas une couleur (utilisez #rrggbb)</translation>
    </message>
    <message>
        <source>that code no longer exists</source>
        <translation>ce code n’existe plus</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>le code parent n’existe plus</translation>
    </message>
    <message>
        <source>a code named &quot;%1&quot; already exists there</source>
        <translation>un code nommé « %1 » existe déjà à cet endroit</translation>
    </message>
    <message>
        <source>empty code path</source>
        <translation>chemin de code vide</translation>
    </message>
    <message>
        <source>another client changed the code &quot;%1&quot; after it was read here; nothing was saved, so their change stays. Look at the code again and redo the edit</source>
        <translation>un autre client a modifié le code « %1 » après sa lecture ici ; rien n’a été enregistré, sa modification est donc conservée. Regardez à nouveau le code et refaites la modification</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot move under itself or one of its sub-codes</source>
        <translation>« %1 » ne peut pas être déplacé sous lui-même ni sous l’un de ses sous-codes</translation>
    </message>
    <message>
        <source>the target code no longer exists</source>
        <translation>le code cible n’existe plus</translation>
    </message>
    <message>
        <source>a code cannot be merged into itself or one of its sub-codes</source>
        <translation>un code ne peut pas être fusionné avec lui-même ni avec l’un de ses sous-codes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and its sub-codes have %2 coding(s); deleting it removes them too (confirm, or use --force)</source>
        <translation>« %1 » et ses sous-codes ont %2 codage(s) ; le supprimer les supprime aussi (confirmez, ou utilisez --force)</translation>
    </message>
    <message>
        <source>a research question needs a code</source>
        <translation>une question de recherche doit avoir un code</translation>
    </message>
    <message>
        <source>that document no longer exists</source>
        <translation>ce document n’existe plus</translation>
    </message>
    <message>
        <source>the range %1-%2 is not inside &quot;%3&quot; (0-%4)</source>
        <translation>la plage %1-%2 n’est pas dans « %3 » (0-%4)</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>un codeur doit avoir un nom</translation>
    </message>
    <message>
        <source>the transcript was edited after you selected this passage, so its words may have moved; it is shown as it is now: select the passage again (nothing was coded)</source>
        <translation>la transcription a été modifiée après que vous avez sélectionné ce passage, ses mots ont donc pu bouger ; elle est affichée telle qu’elle est maintenant : sélectionnez à nouveau le passage (rien n’a été codé)</translation>
    </message>
    <message>
        <source>that coding no longer exists</source>
        <translation>ce codage n’existe plus</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>un document doit avoir un nom</translation>
    </message>
    <message>
        <source>a document named &quot;%1&quot; already exists</source>
        <translation>un document nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>%1 has the same text as the document &quot;%2&quot; already in the project; not imported twice</source>
        <translation>%1 a le même texte que le document « %2 » déjà présent dans le projet ; il n’est pas importé deux fois</translation>
    </message>
    <message>
        <source>a speaker turn lies outside the text</source>
        <translation>un tour de parole se trouve en dehors du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 coding(s); removing it removes them too (confirm, or use --force)</source>
        <translation>« %1 » a %2 codage(s) ; le retirer les supprime aussi (confirmez, ou utilisez --force)</translation>
    </message>
    <message>
        <source>another client changed the project setting %1 in the meantime; nothing was %2</source>
        <translation>un autre client a modifié le paramètre de projet %1 entre-temps ; rien n’a été %2</translation>
    </message>
    <message>
        <source>another client removed %1 %2 in the meantime; nothing was %3</source>
        <translation>un autre client a supprimé %1 %2 entre-temps ; rien n’a été %3</translation>
    </message>
    <message>
        <source>another client changed %1 %2 in the meantime; nothing was %3, so their change stays</source>
        <translation>un autre client a modifié %1 %2 entre-temps ; rien n’a été %3, sa modification est donc conservée</translation>
    </message>
    <message>
        <source>not connected to the server (%1)</source>
        <translation>pas connecté au serveur (%1)</translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>Impossible d’annuler « %1 » : %2</translation>
    </message>
    <message>
        <source>the project has no maturity model yet; define its levels first</source>
        <translation>le projet n’a pas encore de modèle de maturité ; définissez d’abord ses niveaux</translation>
    </message>
    <message>
        <source>there is no maturity level %1 (the model has levels 1 to %2)</source>
        <translation>il n’y a pas de niveau de maturité %1 (le modèle a les niveaux 1 à %2)</translation>
    </message>
    <message>
        <source>that case no longer exists</source>
        <translation>ce cas n’existe plus</translation>
    </message>
    <message>
        <source>a summary needs a row and a column</source>
        <translation>une synthèse demande une ligne et une colonne</translation>
    </message>
    <message>
        <source>a maturity model needs at least one level</source>
        <translation>un modèle de maturité demande au moins un niveau</translation>
    </message>
    <message>
        <source>maturity levels must be numbered 1, 2, 3, ... in order (found %1 where %2 was expected)</source>
        <translation>les niveaux de maturité doivent être numérotés 1, 2, 3, ... dans l’ordre (%1 trouvé là où %2 était attendu)</translation>
    </message>
    <message>
        <source>maturity level %1 has no name</source>
        <translation>le niveau de maturité %1 n’a pas de nom</translation>
    </message>
    <message>
        <source>level %1 (%2) is used by %3 rating(s); change those first</source>
        <translation>le niveau %1 (%2) est utilisé par %3 évaluation(s) ; modifiez-les d’abord</translation>
    </message>
    <message>
        <source>that coder no longer exists</source>
        <translation>ce codeur n’existe plus</translation>
    </message>
    <message>
        <source>that coder has not rated that case</source>
        <translation>ce codeur n’a pas évalué ce cas</translation>
    </message>
    <message>
        <source>that rating no longer exists</source>
        <translation>cette évaluation n’existe plus</translation>
    </message>
    <message>
        <source>there is no coding %1</source>
        <translation>il n’y a pas de codage %1</translation>
    </message>
    <message>
        <source>coding %1 is not evidence for that rating</source>
        <translation>le codage %1 n’est pas une donnée probante pour cette évaluation</translation>
    </message>
    <message>
        <source>that case has no consensus rating</source>
        <translation>ce cas n’a pas d’évaluation de consensus</translation>
    </message>
    <message>
        <source>there is nothing to find: the text to find is empty</source>
        <translation>il n’y a rien à chercher : le texte à chercher est vide</translation>
    </message>
    <message>
        <source>the transcript was changed elsewhere since it was shown; it is shown as it is now: make the change again (nothing was changed)</source>
        <translation>la transcription a été modifiée ailleurs depuis son affichage ; elle est affichée telle qu’elle est maintenant : refaites la modification (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>the new text would change under Unicode normalisation (a combining mark next to the edit?); replace the whole character instead</source>
        <translation>le nouveau texte changerait sous la normalisation Unicode (un signe diacritique combinant à côté de la modification ?) ; remplacez plutôt le caractère entier</translation>
    </message>
</context>
<context>
    <name>situate::demo</name>
    <message>
        <source>demo resource %1 is missing</source>
        <translation>la ressource de démonstration %1 est absente</translation>
    </message>
    <message>
        <source>codings.csv row %1: no document %2</source>
        <translation>codings.csv, ligne %1 : aucun document %2</translation>
    </message>
    <message>
        <source>codings.csv row %1: no code %2</source>
        <translation>codings.csv, ligne %1 : aucun code %2</translation>
    </message>
    <message>
        <source>codings.csv row %1: quote not found in %2</source>
        <translation>codings.csv, ligne %1 : citation introuvable dans %2</translation>
    </message>
    <message>
        <source>maturity_ratings.csv row %1</source>
        <translation>maturity_ratings.csv, ligne %1</translation>
    </message>
    <message>
        <source>%1: no such case</source>
        <translation>%1 : ce cas n’existe pas</translation>
    </message>
    <message>
        <source>%1: bad evidence %2</source>
        <translation>%1 : preuve invalide %2</translation>
    </message>
    <message>
        <source>%1: no coding for %2</source>
        <translation>%1 : aucun codage pour %2</translation>
    </message>
    <message>
        <source>maturity_consensus.csv row %1: no such case</source>
        <translation>maturity_consensus.csv, ligne %1 : ce cas n’existe pas</translation>
    </message>
    <message>
        <source>evidence_summaries.csv row %1: %2</source>
        <translation>evidence_summaries.csv, ligne %1 : %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>impossible de copier %1</translation>
    </message>
</context>
<context>
    <name>situate::evaluation</name>
    <message>
        <source>no research question %1</source>
        <translation>aucune question de recherche %1</translation>
    </message>
    <message>
        <source>no code %1</source>
        <translation>aucun code %1</translation>
    </message>
    <message>
        <source>no theory-of-change element %1</source>
        <translation>aucun élément de la théorie du changement %1</translation>
    </message>
    <message>
        <source>summaries are written on research question, code and theory-of-change rows, not on saved queries</source>
        <translation>les synthèses s’écrivent sur les lignes de question de recherche, de code et de théorie du changement, pas sur les requêtes enregistrées</translation>
    </message>
    <message>
        <source>unknown row kind</source>
        <translation>type de ligne inconnu</translation>
    </message>
    <message>
        <source>write an attribute column as attribute:NAME=VALUE</source>
        <translation>écrivez une colonne d’attribut sous la forme attribute:NOM=VALEUR</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>aucun cas %1</translation>
    </message>
    <message>
        <source>%1: a levels sheet needs the columns level, name and descriptor</source>
        <translation>%1 : une feuille de niveaux demande les colonnes level, name et descriptor</translation>
    </message>
    <message>
        <source>%1: levels must be numbered 1, 2, 3, ... in order (found &quot;%2&quot;, expected %3)</source>
        <translation>%1 : les niveaux doivent être numérotés 1, 2, 3, ... dans l’ordre (« %2 » trouvé, %3 attendu)</translation>
    </message>
    <message>
        <source>%1: level %2 has no name</source>
        <translation>%1 : le niveau %2 n’a pas de nom</translation>
    </message>
    <message>
        <source>%1: no levels</source>
        <translation>%1 : aucun niveau</translation>
    </message>
    <message>
        <source>no coder %1</source>
        <translation>aucun codeur %1</translation>
    </message>
    <message>
        <source>coder %1 is named twice</source>
        <translation>le codeur %1 est nommé deux fois</translation>
    </message>
    <message>
        <source>a report needs a QGuiApplication (fonts for the charts)</source>
        <translation>un rapport demande une QGuiApplication (les polices des graphiques)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>impossible d’ajouter une page au PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
    <message>
        <source>writing a report needs a QGuiApplication (fonts)</source>
        <translation>écrire un rapport demande une QGuiApplication (polices)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: a report is written as .html, .pdf or .docx, not &quot;%2&quot;</source>
        <translation>%1 : un rapport s’écrit en .html, .pdf ou .docx, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>situate::formats</name>
    <message>
        <source>Situate&apos;s file-format module (%1) could not be loaded: reinstall Situate. (%2)</source>
        <translation>Le module des formats de fichier de Situate (%1) n’a pas pu être chargé : réinstallez Situate. (%2)</translation>
    </message>
    <message>
        <source>Situate&apos;s file-format module (%1) belongs to another version of Situate: reinstall Situate.</source>
        <translation>Le module des formats de fichier de Situate (%1) appartient à une autre version de Situate : réinstallez Situate.</translation>
    </message>
    <message>
        <source>Situate&apos;s file-format module (situate-formats.so), needed for PDF, Excel, SPSS and Stata files, is missing: reinstall Situate.</source>
        <translation>Le module des formats de fichier de Situate (situate-formats.so), nécessaire pour les fichiers PDF, Excel, SPSS et Stata, est absent : réinstallez Situate.</translation>
    </message>
</context>
<context>
    <name>situate::import</name>
    <message>
        <source>minutes must be 00 to 59</source>
        <translation>les minutes doivent aller de 00 à 59</translation>
    </message>
    <message>
        <source>seconds must be 00 to 59</source>
        <translation>les secondes doivent aller de 00 à 59</translation>
    </message>
    <message>
        <source>line %1: invalid timestamp &quot;%2&quot; (%3)</source>
        <translation>ligne %1 : horodatage « %2 » non valide (%3)</translation>
    </message>
    <message>
        <source>line %1: the cue ends (%2) before it starts (%3)</source>
        <translation>ligne %1 : le sous-titre se termine (%2) avant de commencer (%3)</translation>
    </message>
    <message>
        <source>not a WebVTT file (the first line must be &quot;WEBVTT&quot;)</source>
        <translation>pas un fichier WebVTT (la première ligne doit être « WEBVTT »)</translation>
    </message>
    <message>
        <source>Line %1: text without a cue timing line was skipped.</source>
        <translation>Ligne %1 : un texte sans ligne de minutage a été ignoré.</translation>
    </message>
    <message>
        <source>contains no caption cues</source>
        <translation>ne contient aucun sous-titre</translation>
    </message>
    <message>
        <source>the text is longer than the %1-character limit</source>
        <translation>le texte dépasse la limite de %1 caractères</translation>
    </message>
    <message>
        <source>the file name has no extension, so its format is unknown (Situate imports %1)</source>
        <translation>le nom du fichier n’a pas d’extension, son format est donc inconnu (Situate importe %1)</translation>
    </message>
    <message>
        <source>Situate cannot import .%1 files (it imports %2)</source>
        <translation>Situate ne peut pas importer les fichiers .%1 (il importe %2)</translation>
    </message>
    <message>
        <source>not an OpenDocument text document (it is %1)</source>
        <translation>pas un document texte OpenDocument (c’est %1)</translation>
    </message>
    <message>
        <source>is password-protected; remove the password and import it again</source>
        <translation>est protégé par un mot de passe ; retirez le mot de passe et importez-le à nouveau</translation>
    </message>
    <message>
        <source>is password-protected or an old binary format, not a %1; remove the password or save it again as .docx or .odt</source>
        <translation>est protégé par un mot de passe ou dans un ancien format binaire, pas un %1 ; retirez le mot de passe ou enregistrez-le à nouveau en .docx ou .odt</translation>
    </message>
    <message>
        <source>could not be opened for reading</source>
        <translation>n’a pas pu être ouvert en lecture</translation>
    </message>
    <message>
        <source>not a valid %1 (the zip archive is damaged or truncated)</source>
        <translation>pas un %1 valide (l’archive zip est endommagée ou tronquée)</translation>
    </message>
    <message>
        <source>not a valid %1 (the file is empty)</source>
        <translation>pas un %1 valide (le fichier est vide)</translation>
    </message>
    <message>
        <source>not a valid %1 (it is not a zip archive)</source>
        <translation>pas un %1 valide (ce n’est pas une archive zip)</translation>
    </message>
    <message>
        <source>The archive lists %1 item(s) with unsafe names (absolute or containing &quot;..&quot;); they were not read.</source>
        <translation>L’archive liste %1 élément(s) aux noms dangereux (absolus ou contenant « .. ») ; ils n’ont pas été lus.</translation>
    </message>
    <message>
        <source>a part of the file inflates past the %1 limit (possible zip bomb)</source>
        <translation>une partie du fichier dépasse la limite de %1 une fois décompressée (bombe zip possible)</translation>
    </message>
    <message>
        <source>not a valid %1 (the zip archive is damaged)</source>
        <translation>pas un %1 valide (l’archive zip est endommagée)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 is missing)</source>
        <translation>pas un %1 valide (%2 est manquant)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 uses an unsupported compression method)</source>
        <translation>pas un %1 valide (%2 utilise une méthode de compression non prise en charge)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 cannot be read: %3)</source>
        <translation>pas un %1 valide (%2 ne peut pas être lu : %3)</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 is damaged: %3)</source>
        <translation>pas un %1 valide (%2 est endommagé : %3)</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 levels deep, which no real document does; it was refused</source>
        <translation>%1 imbrique des éléments sur plus de %2 niveaux, ce qu’aucun vrai document ne fait ; il a été refusé</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD), which Word and LibreOffice never write; it was refused as unsafe</source>
        <translation>%1 contient une déclaration de type de document (DTD), que Word et LibreOffice n’écrivent jamais ; il a été refusé comme dangereux</translation>
    </message>
    <message>
        <source>not a valid %1 (%2 is not well-formed XML: %3 at line %4)</source>
        <translation>pas un %1 valide (%2 n’est pas du XML bien formé : %3 à la ligne %4)</translation>
    </message>
    <message>
        <source>not a valid PDF (the file is damaged or is not a PDF)</source>
        <translation>pas un PDF valide (le fichier est endommagé ou n’est pas un PDF)</translation>
    </message>
    <message>
        <source>reading its text took longer than the %1 limit, so it was stopped (the PDF may be damaged or unusually complex; save it again as PDF or split it, then import it again)</source>
        <translation>la lecture de son texte a dépassé la limite de %1 et a donc été arrêtée (le PDF est peut-être endommagé ou d’une complexité inhabituelle ; enregistrez-le à nouveau en PDF ou découpez-le, puis importez-le à nouveau)</translation>
    </message>
    <message>
        <source>has no text layer, only images of pages (a scan?): run OCR (text recognition) on it first, then import it again</source>
        <translation>n’a pas de couche texte, seulement des images de pages (un scan ?) : lancez d’abord une reconnaissance de texte (OCR), puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>Code page %1 is not available; its characters were read as Windows-1252.</source>
        <translation>La page de code %1 n’est pas disponible ; ses caractères ont été lus en Windows-1252.</translation>
    </message>
    <message>
        <source>groups nest more than %1 levels deep, which no real document does; it was refused</source>
        <translation>les groupes sont imbriqués sur plus de %1 niveaux, ce qu’aucun vrai document ne fait ; il a été refusé</translation>
    </message>
    <message>
        <source>not an RTF document (it does not start with {\rtf)</source>
        <translation>pas un document RTF (il ne commence pas par {\rtf)</translation>
    </message>
    <message>
        <source>The file ends before its last group closes; it may be truncated.</source>
        <translation>Le fichier se termine avant la fermeture de son dernier groupe ; il est peut-être tronqué.</translation>
    </message>
</context>
<context>
    <name>situate::importsupport</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 import limit</source>
        <translation>le fichier fait %1, plus que la limite d’import de %2</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>impossible d’ouvrir le fichier (%1)</translation>
    </message>
    <message>
        <source>the file is larger than the %1 import limit</source>
        <translation>le fichier dépasse la limite d’import de %1</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>Some bytes were not valid %1 and were replaced with �.</source>
        <translation>Certains octets n’étaient pas du %1 valide et ont été remplacés par �.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Le fichier n’est pas du texte UTF-8 valide ; il a été lu en Windows-1252.</translation>
    </message>
    <message>
        <source>: the text has %1 characters, more than the %2 limit</source>
        <translation> : le texte a %1 caractères, plus que la limite de %2</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>ne contient aucun texte</translation>
    </message>
</context>
<context>
    <name>situate::io</name>
    <message>
        <source>%1: contains binary data, not CSV text</source>
        <translation>%1 : contient des données binaires, pas du texte CSV</translation>
    </message>
    <message>
        <source>%1: a quoted field is never closed (line %2)</source>
        <translation>%1 : un champ entre guillemets n’est jamais fermé (ligne %2)</translation>
    </message>
    <message>
        <source>%1: empty file, no header row</source>
        <translation>%1 : fichier vide, sans ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1: larger than the %2 MB limit for CSV files</source>
        <translation>%1 : dépasse la limite de %2 Mo pour les fichiers CSV</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1 : enregistrement impossible : %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : ce fichier ou dossier n’existe pas</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it</source>
        <translation>%1 : pas assez de mémoire pour le lire</translation>
    </message>
    <message>
        <source>not enough memory to import it; nothing was imported (a text this large needs about 16 times its size in memory: split it, or import it on a machine with more)</source>
        <translation>pas assez de mémoire pour l’importer ; rien n’a été importé (un texte aussi grand demande environ 16 fois sa taille en mémoire : découpez-le, ou importez-le sur une machine qui en a davantage)</translation>
    </message>
    <message>
        <source>%1 and %2 would both become the document &quot;%3&quot;; rename one of them</source>
        <translation>%1 et %2 deviendraient tous deux le document « %3 » ; renommez l’un d’eux</translation>
    </message>
    <message>
        <source>%1: same text as the document &quot;%2&quot; already in the project; not imported twice</source>
        <translation>%1 : même texte que le document « %2 » déjà présent dans le projet ; il n’est pas importé deux fois</translation>
    </message>
    <message>
        <source>%1: same text as %2; imported once</source>
        <translation>%1 : même texte que %2 ; importé une seule fois</translation>
    </message>
    <message>
        <source>%1 would become the document &quot;%2&quot;, but the project already has a different document of that name; rename the file</source>
        <translation>%1 deviendrait le document « %2 », mais le projet a déjà un autre document de ce nom ; renommez le fichier</translation>
    </message>
    <message>
        <source>%1: the header has no &quot;path&quot; column</source>
        <translation>%1 : l’en-tête n’a pas de colonne « path »</translation>
    </message>
    <message>
        <source>%1: empty code path</source>
        <translation>%1 : chemin de code vide</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a theory-of-change element (use context, input, activity, mechanism, output, outcome, impact, assumption or leave it empty)</source>
        <translation>%1 : « %2 » n’est pas un élément de la théorie du changement (utilisez context, input, activity, mechanism, output, outcome, impact, assumption ou laissez vide)</translation>
    </message>
    <message>
        <source>%1: the header has no &quot;%2&quot; column</source>
        <translation>%1 : l’en-tête n’a pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>%1: no document named &quot;%2&quot;</source>
        <translation>%1 : aucun document nommé « %2 »</translation>
    </message>
    <message>
        <source>%1: start and end must be whole numbers</source>
        <translation>%1 : le début et la fin doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>%1: the range %2-%3 is not inside &quot;%4&quot; (0-%5; end is exclusive)</source>
        <translation>%1 : la plage %2-%3 n’est pas dans « %4 » (0-%5 ; la fin est exclue)</translation>
    </message>
    <message>
        <source>%1: no code &quot;%2&quot; (use --create-codes to create missing codes)</source>
        <translation>%1 : aucun code « %2 » (utilisez --create-codes pour créer les codes manquants)</translation>
    </message>
    <message>
        <source>%1: the sheet has no columns</source>
        <translation>%1 : la feuille n’a pas de colonnes</translation>
    </message>
    <message>
        <source>%1: no document here has the same text</source>
        <translation>%1 : aucun document ici n’a le même texte</translation>
    </message>
    <message>
        <source>code %1: %2</source>
        <translation>code %1 : %2</translation>
    </message>
    <message>
        <source>coder %1: %2</source>
        <translation>codeur %1 : %2</translation>
    </message>
    <message>
        <source>%1 coding(s) on documents that are not in this project</source>
        <translation>%1 codage(s) sur des documents qui ne sont pas dans ce projet</translation>
    </message>
    <message>
        <source>%1 coding(s) outside their document&apos;s text</source>
        <translation>%1 codage(s) en dehors du texte de leur document</translation>
    </message>
    <message>
        <source>cannot merge a project into itself</source>
        <translation>impossible de fusionner un projet avec lui-même</translation>
    </message>
    <message>
        <source>%1: the first row must name the columns find and replace (and optionally match and case)</source>
        <translation>%1 : la première ligne doit nommer les colonnes find et replace (et éventuellement match et case)</translation>
    </message>
    <message>
        <source>the find column is empty</source>
        <translation>la colonne find est vide</translation>
    </message>
    <message>
        <source>match must be &quot;word&quot; or &quot;anywhere&quot;, not &quot;%1&quot;</source>
        <translation>match doit valoir « word » ou « anywhere », pas « %1 »</translation>
    </message>
    <message>
        <source>case must be &quot;sensitive&quot; or &quot;ignore&quot;, not &quot;%1&quot;</source>
        <translation>case doit valoir « sensitive » ou « ignore », pas « %1 »</translation>
    </message>
    <message>
        <source>%1: the list has no entries</source>
        <translation>%1 : la liste n’a aucune entrée</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no %2</source>
        <translation>%1 n’est pas un classeur Excel : il n’a pas de %2</translation>
    </message>
</context>
<context>
    <name>situate::project</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1 : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: already open in another Situate process (process %2 on %3); close it there first</source>
        <translation>%1 : déjà ouvert dans un autre processus Situate (processus %2 sur %3) ; fermez-le d’abord là-bas</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1: the disk holding it is full; free some space and open it again (nothing was changed)</source>
        <translation>%1 : le disque qui le contient est plein ; libérez de la place et ouvrez-le à nouveau (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file beside it (is the folder read-only?)</source>
        <translation>%1 : impossible de créer le fichier de verrou à côté (le dossier est-il en lecture seule ?)</translation>
    </message>
    <message>
        <source>not connected to the server, so &quot;%1&quot; was not saved: %2</source>
        <translation>pas connecté au serveur, « %1 » n’a donc pas été enregistré : %2</translation>
    </message>
    <message>
        <source>the connection to the server was lost while &quot;%1&quot; was being saved; whether the server kept it will show when the project is open again (%2)</source>
        <translation>la connexion au serveur a été perdue pendant l’enregistrement de « %1 » ; vous verrez si le serveur l’a conservé à la prochaine ouverture du projet (%2)</translation>
    </message>
    <message>
        <source>the connection to the server was lost, so &quot;%1&quot; was not saved (%2)</source>
        <translation>la connexion au serveur a été perdue, « %1 » n’a donc pas été enregistré (%2)</translation>
    </message>
    <message>
        <source>the server refused &quot;%1&quot;: your role in this project does not allow it (%2)</source>
        <translation>le serveur a refusé « %1 » : votre rôle dans ce projet ne le permet pas (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing of &quot;%2&quot; was saved. Free some space and try again</source>
        <translation>le disque qui contient %1 est plein ; rien de « %2 » n’a été enregistré. Libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>not connected to the server: &quot;%1&quot; is kept and will be sent when the connection is back</source>
        <translation>pas connecté au serveur : « %1 » est conservé et sera envoyé au retour de la connexion</translation>
    </message>
    <message>
        <source>the server is still saving &quot;%1&quot;</source>
        <translation>le serveur enregistre encore « %1 »</translation>
    </message>
    <message>
        <source>the server can no longer tell whether &quot;%1&quot; was saved; look for it and make it again if it is missing</source>
        <translation>le serveur ne peut plus dire si « %1 » a été enregistré ; vérifiez-le et refaites-le s’il manque</translation>
    </message>
    <message>
        <source>there was not enough memory for &quot;%1&quot;; nothing of it was saved</source>
        <translation>il n’y avait pas assez de mémoire pour « %1 » ; rien n’en a été enregistré</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>situate::query</name>
    <message>
        <source>name the code to code with</source>
        <translation>nommez le code avec lequel coder</translation>
    </message>
    <message>
        <source>name the coder to code as</source>
        <translation>nommez le codeur au nom duquel coder</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot;</source>
        <translation>le nom « %1 »</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>la fin de la requête</translation>
    </message>
    <message>
        <source>column %1: expected \&quot; or \\ after a backslash in a name (a backslash only escapes a quote or itself)</source>
        <translation>colonne %1 : \&quot; ou \\ attendu après une barre oblique inverse dans un nom (une barre oblique inverse n’échappe qu’un guillemet ou elle-même)</translation>
    </message>
    <message>
        <source>column %1: expected a closing &quot; for the name that starts here, found the end of the query</source>
        <translation>colonne %1 : &quot; fermant attendu pour le nom qui commence ici, fin de la requête trouvée</translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation>colonne %1 : %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>a whole number of words after &quot;near&quot;</source>
        <translation>un nombre entier de mots après « near »</translation>
    </message>
    <message>
        <source>column %1: expected a number of words up to %2</source>
        <translation>colonne %1 : un nombre de mots jusqu’à %2 attendu</translation>
    </message>
    <message>
        <source>a quoted name after &quot;%1&quot;</source>
        <translation>un nom entre guillemets après « %1 »</translation>
    </message>
    <message>
        <source>no saved query &quot;%1&quot;</source>
        <translation>aucune requête enregistrée « %1 »</translation>
    </message>
    <message>
        <source>name the query to save</source>
        <translation>nommez la requête à enregistrer</translation>
    </message>
    <message>
        <source>a query&apos;s name cannot hold tabs, line breaks or other control characters</source>
        <translation>le nom d’une requête ne peut pas contenir de tabulations, de sauts de ligne ni d’autres caractères de contrôle</translation>
    </message>
    <message>
        <source>the query to save is empty</source>
        <translation>la requête à enregistrer est vide</translation>
    </message>
    <message>
        <source>the saved query &quot;%1&quot;: %2</source>
        <translation>la requête enregistrée « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>situate::refi</name>
    <message>
        <source>the project has no codes, and a REFI-QDA codebook needs at least one</source>
        <translation>le projet n’a aucun code, et un livre de codes REFI-QDA en demande au moins un</translation>
    </message>
    <message>
        <source>the import was cancelled: the project is unchanged</source>
        <translation>l’importation a été annulée : le projet est inchangé</translation>
    </message>
    <message>
        <source>a matched code disappeared during the import</source>
        <translation>un code apparié a disparu pendant l’importation</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: %2</source>
        <translation>code « %1 » : %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>source « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 is a REFI-QDA project, not a codebook; import it as a project (qdpx import)</source>
        <translation>%1 est un projet REFI-QDA, pas un livre de codes ; importez-le comme projet (qdpx import)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a REFI-QDA project (a .qdpx file is a zip archive; this is not one)</source>
        <translation>pas un projet REFI-QDA (un fichier .qdpx est une archive zip ; celui-ci n’en est pas une)</translation>
    </message>
    <message>
        <source>could not be opened for reading</source>
        <translation>n’a pas pu être ouvert en lecture</translation>
    </message>
    <message>
        <source>not a valid REFI-QDA project (the zip archive is damaged or truncated)</source>
        <translation>pas un projet REFI-QDA valide (l’archive zip est endommagée ou tronquée)</translation>
    </message>
    <message>
        <source>the archive lists %1 files, more than the %2 a REFI-QDA import reads</source>
        <translation>l’archive liste %1 fichiers, plus que les %2 qu’une importation REFI-QDA lit</translation>
    </message>
    <message>
        <source>not a valid REFI-QDA project (the zip archive is damaged)</source>
        <translation>pas un projet REFI-QDA valide (l’archive zip est endommagée)</translation>
    </message>
    <message>
        <source>the archive holds a file with an unsafe name (&quot;%1&quot;: absolute or with &quot;..&quot;, as in a zip-slip attack); it was refused</source>
        <translation>l’archive contient un fichier au nom dangereux (« %1 » : absolu ou avec « .. », comme dans une attaque zip-slip) ; elle a été refusée</translation>
    </message>
    <message>
        <source>not a REFI-QDA project (the archive holds no .qde project file at its top level)</source>
        <translation>pas un projet REFI-QDA (l’archive ne contient aucun fichier de projet .qde à sa racine)</translation>
    </message>
    <message>
        <source>the archive holds %1 .qde project files at its top level (%2); a REFI-QDA project has one</source>
        <translation>l’archive contient %1 fichiers de projet .qde à sa racine (%2) ; un projet REFI-QDA en a un seul</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>n’a pas pu être ouvert (%1)</translation>
    </message>
    <message>
        <source>the file is larger than the %1 limit for a project file</source>
        <translation>le fichier dépasse la limite de %1 pour un fichier de projet</translation>
    </message>
    <message>
        <source>%1 is not in the sources folder</source>
        <translation>%1 n’est pas dans le dossier des sources</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the sources folder; nothing was imported (put the file itself in the sources folder)</source>
        <translation>%1 est un lien symbolique vers %2, hors du dossier des sources ; rien n’a été importé (placez le fichier lui-même dans le dossier des sources)</translation>
    </message>
    <message>
        <source>%1 is outside the sources folder: %2 is a symbolic link to %3; nothing was imported (make the sources folder a real folder)</source>
        <translation>%1 est hors du dossier des sources : %2 est un lien symbolique vers %3 ; rien n’a été importé (faites du dossier des sources un vrai dossier)</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2)</source>
        <translation>%1 n’a pas pu être ouvert (%2)</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 limit for one source</source>
        <translation>%1 dépasse la limite de %2 pour une source</translation>
    </message>
    <message>
        <source>%1 is missing from the archive</source>
        <translation>%1 manque dans l’archive</translation>
    </message>
    <message>
        <source>the zip archive is damaged (%1)</source>
        <translation>l’archive zip est endommagée (%1)</translation>
    </message>
    <message>
        <source>%1 is encrypted; export the project again without a password</source>
        <translation>%1 est chiffré ; exportez à nouveau le projet sans mot de passe</translation>
    </message>
    <message>
        <source>%1 uses a compression method that cannot be read</source>
        <translation>%1 utilise une méthode de compression illisible</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated (%1: %2)</source>
        <translation>l’archive zip est endommagée ou tronquée (%1 : %2)</translation>
    </message>
    <message>
        <source>could not create the archive in memory</source>
        <translation>impossible de créer l’archive en mémoire</translation>
    </message>
    <message>
        <source>could not add %1 to the archive</source>
        <translation>impossible d’ajouter %1 à l’archive</translation>
    </message>
    <message>
        <source>could not finish the archive</source>
        <translation>impossible de terminer l’archive</translation>
    </message>
    <message>
        <source>could not read back the archive</source>
        <translation>impossible de relire l’archive</translation>
    </message>
    <message>
        <source>%1 holds no XML elements; it is not a REFI-QDA file</source>
        <translation>%1 ne contient aucun élément XML ; ce n’est pas un fichier REFI-QDA</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project or codebook (its root element is &lt;%2&gt;, not &lt;Project&gt; or &lt;CodeBook&gt;)</source>
        <translation>%1 n’est ni un projet ni un livre de codes REFI-QDA (son élément racine est &lt;%2&gt;, pas &lt;Project&gt; ni &lt;CodeBook&gt;)</translation>
    </message>
    <message numerus="yes">
        <source>inclusion, exclusion and example of %n code(s) are written as labelled paragraphs of the code description</source>
        <translation>
            <numerusform>l’inclusion, l’exclusion et l’exemple de %n code sont écrits comme paragraphes titrés de la description du code</numerusform>
            <numerusform>l’inclusion, l’exclusion et l’exemple de %n codes sont écrits comme paragraphes titrés de la description du code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the theory-of-change element of %n code(s) is written as a &quot;Theory of change:&quot; paragraph of the code description</source>
        <translation>
            <numerusform>l’élément de théorie du changement de %n code est écrit comme paragraphe « Theory of change: » de la description du code</numerusform>
            <numerusform>l’élément de théorie du changement de %n codes est écrit comme paragraphe « Theory of change: » de la description du code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n research question(s) are written as sets of codes (code and title in the set name, the question in its description)</source>
        <translation>
            <numerusform>%n question de recherche est écrite comme ensemble de codes (code et titre dans le nom de l’ensemble, la question dans sa description)</numerusform>
            <numerusform>%n questions de recherche sont écrites comme ensembles de codes (code et titre dans le nom de l’ensemble, la question dans sa description)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code name(s) contain &quot;::&quot; or &quot;\&quot;, which other tools and Situate read as levels of a code path</source>
        <translation>
            <numerusform>%n nom de code contient « :: » ou « \ », que d’autres outils et Situate lisent comme niveaux d’un chemin de code</numerusform>
            <numerusform>%n noms de code contiennent « :: » ou « \ », que d’autres outils et Situate lisent comme niveaux d’un chemin de code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code memo(s): a codebook file has no notes</source>
        <translation>
            <numerusform>%n mémo de code : un fichier de livre de codes n’a pas de notes</numerusform>
            <numerusform>%n mémos de code : un fichier de livre de codes n’a pas de notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key quote(s) are notes named &quot;Key quote&quot; on their codings</source>
        <translation>
            <numerusform>%n citation clé est une note nommée « Key quote » sur son codage</numerusform>
            <numerusform>%n citations clés sont des notes nommées « Key quote » sur leurs codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice attribute(s) are written as Text variables, their choices in the variable description</source>
        <translation>
            <numerusform>%n attribut à choix est écrit comme variable Text, ses choix dans la description de la variable</numerusform>
            <numerusform>%n attributs à choix sont écrits comme variables Text, leurs choix dans la description de la variable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case memo(s) are notes linked to their case (REFI-QDA cases take no notes)</source>
        <translation>
            <numerusform>%n mémo de cas est une note liée à son cas (les cas REFI-QDA n’ont pas de notes)</numerusform>
            <numerusform>%n mémos de cas sont des notes liées à leur cas (les cas REFI-QDA n’ont pas de notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number value(s) that are not decimal numbers: %1</source>
        <translation>
            <numerusform>%n valeur numérique qui n’est pas un nombre décimal : %1</numerusform>
            <numerusform>%n valeurs numériques qui ne sont pas des nombres décimaux : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the original files of %n document(s) (Word, PDF, captions...): every document is written as its plain text</source>
        <translation>
            <numerusform>le fichier d’origine de %n document (Word, PDF, sous-titres…) : chaque document est écrit en texte brut</numerusform>
            <numerusform>les fichiers d’origine de %n documents (Word, PDF, sous-titres…) : chaque document est écrit en texte brut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>caption timings of %n document(s): REFI-QDA text sources have no times</source>
        <translation>
            <numerusform>les horodatages des sous-titres de %n document : les sources texte REFI-QDA n’ont pas de temps</numerusform>
            <numerusform>les horodatages des sous-titres de %n documents : les sources texte REFI-QDA n’ont pas de temps</numerusform>
        </translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>cases and sets</source>
        <translation>cas et ensembles</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 %2 source(s) with %3 selection(s) and %4 coding(s): Situate cannot hold %2 sources yet</source>
        <translation>%1 source(s) %2 avec %3 sélection(s) et %4 codage(s) : Situate ne peut pas encore contenir de sources %2</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) of audio or video sources (their synchronisation with the media)</source>
        <translation>
            <numerusform>%n transcription de source audio ou vidéo (sa synchronisation avec le média)</numerusform>
            <numerusform>%n transcriptions de sources audio ou vidéo (leur synchronisation avec le média)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s) (network views)</source>
        <translation>
            <numerusform>%n graphe (vue en réseau)</numerusform>
            <numerusform>%n graphes (vues en réseau)</numerusform>
        </translation>
    </message>
    <message>
        <source>code &quot;%1&quot; has the same GUID as an earlier code; its codings go to that code</source>
        <translation>le code « %1 » a le même GUID qu’un code précédent ; ses codages vont à ce code</translation>
    </message>
    <message numerus="yes">
        <source>%n code name(s) contained &quot;/&quot;, which Situate keeps for paths; it became ∕</source>
        <translation>
            <numerusform>%n nom de code contenait « / », que Situate réserve aux chemins ; il est devenu ∕</numerusform>
            <numerusform>%n noms de code contenaient « / », que Situate réserve aux chemins ; il est devenu ∕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had no name and are called &quot;Unnamed code&quot;</source>
        <translation>
            <numerusform>%n code n’avait pas de nom et s’appelle « Unnamed code »</numerusform>
            <numerusform>%n codes n’avaient pas de nom et s’appellent « Unnamed code »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent code(s) were created for code paths written into names (&quot;::&quot;, &quot;\&quot; or &quot;/&quot;)</source>
        <translation>
            <numerusform>%n code parent a été créé pour des chemins de code écrits dans les noms (« :: », « \ » ou « / »)</numerusform>
            <numerusform>%n codes parents ont été créés pour des chemins de code écrits dans les noms (« :: », « \ » ou « / »)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had the name of a sibling and got &quot; (2)&quot; (or a higher number) added</source>
        <translation>
            <numerusform>%n code portait le nom d’un code voisin et a reçu « (2) » (ou un numéro plus élevé)</numerusform>
            <numerusform>%n codes portaient le nom d’un code voisin et ont reçu « (2) » (ou un numéro plus élevé)</numerusform>
        </translation>
    </message>
    <message>
        <source>source &quot;%1&quot; became the document &quot;%2&quot; (the project has another document of that name)</source>
        <translation>la source « %1 » est devenue le document « %2 » (le projet a un autre document de ce nom)</translation>
    </message>
    <message>
        <source>%1: a coding refers to a code (%2) that is not in the codebook</source>
        <translation>%1 : un codage renvoie à un code (%2) absent du livre de codes</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2; its %3 selection(s) with %4 coding(s) were not imported</source>
        <translation>source « %1 » : %2 ; ses %3 sélection(s) avec %4 codage(s) n’ont pas été importées</translation>
    </message>
    <message>
        <source>it has no text (neither a plainTextPath nor a PlainTextContent)</source>
        <translation>elle n’a pas de texte (ni plainTextPath ni PlainTextContent)</translation>
    </message>
    <message>
        <source>its text file (%1) is not in the archive</source>
        <translation>son fichier texte (%1) n’est pas dans l’archive</translation>
    </message>
    <message>
        <source>its text file (%1) is not in a sources folder beside the file</source>
        <translation>son fichier texte (%1) n’est pas dans un dossier sources à côté du fichier</translation>
    </message>
    <message>
        <source>its text file holds no text (%1 byte(s)): the exporting tool lost it; export the project again, or import the original document</source>
        <translation>son fichier texte ne contient pas de texte (%1 octet(s)) : l’outil d’export l’a perdu ; exportez le projet à nouveau, ou importez le document d’origine</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: selection %2 has no usable startPosition and endPosition; its %3 coding(s) were not imported</source>
        <translation>source « %1 » : la sélection %2 n’a pas de startPosition et endPosition utilisables ; ses %3 codage(s) n’ont pas été importés</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: offsets read as %2, as the exporter counts them</source>
        <translation>source « %1 » : positions lues en %2, comme l’outil d’export les compte</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: offsets read as %2, as %3 counts them</source>
        <translation>source « %1 » : positions lues en %2, comme %3 les compte</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the coding with &quot;%2&quot; at %3-%4 was not imported: %5</source>
        <translation>source « %1 » : le codage avec « %2 » en %3-%4 n’a pas été importé : %5</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; at %2-%3</source>
        <translation>source « %1 » en %2-%3</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>source « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>source &quot;%1&quot;: %n selection(s) without a code (Situate keeps coded text only)</source>
        <translation>
            <numerusform>source « %1 » : %n sélection sans code (Situate ne garde que le texte codé)</numerusform>
            <numerusform>source « %1 » : %n sélections sans code (Situate ne garde que le texte codé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: its text file (%2) is missing</source>
        <translation>note « %1 » : son fichier texte (%2) est absent</translation>
    </message>
    <message>
        <source>a value refers to a variable (%1) the file does not declare; it was left out</source>
        <translation>une valeur renvoie à une variable (%1) que le fichier ne déclare pas ; elle a été laissée de côté</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; holds dates with times; Situate keeps them as text</source>
        <translation>la variable « %1 » contient des dates avec heures ; Situate les garde comme texte</translation>
    </message>
    <message>
        <source>%1; the value was left out</source>
        <translation>%1 ; la valeur a été laissée de côté</translation>
    </message>
    <message numerus="yes">
        <source>case &quot;%1&quot; refers to %n source(s) the file does not contain: %2</source>
        <translation>
            <numerusform>le cas « %1 » renvoie à %n source que le fichier ne contient pas : %2</numerusform>
            <numerusform>le cas « %1 » renvoie à %n sources que le fichier ne contient pas : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>case &quot;%1&quot;: %2 of its sources were not imported, so they are not in the case</source>
        <translation>cas « %1 » : %2 de ses sources n’ont pas été importées, elles ne sont donc pas dans le cas</translation>
    </message>
    <message>
        <source>case &quot;%1&quot;: %2 code and %3 selection reference(s); Situate cases group documents</source>
        <translation>cas « %1 » : %2 référence(s) de code et %3 de sélection ; les cas Situate regroupent des documents</translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot;: %n member code(s) are not in the codebook</source>
        <translation>
            <numerusform>ensemble « %1 » : %n code membre n’est pas dans le livre de codes</numerusform>
            <numerusform>ensemble « %1 » : %n codes membres ne sont pas dans le livre de codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot;: none of its %n source(s) was imported</source>
        <translation>
            <numerusform>ensemble « %1 » : sa source (%n) n’a pas été importée</numerusform>
            <numerusform>ensemble « %1 » : aucune de ses %n sources n’a été importée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot; groups sources; it became a case of %n document(s)</source>
        <translation>
            <numerusform>l’ensemble « %1 » regroupe des sources ; il est devenu un cas de %n document</numerusform>
            <numerusform>l’ensemble « %1 » regroupe des sources ; il est devenu un cas de %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>set &quot;%1&quot;: it has no codes or sources</source>
        <translation>ensemble « %1 » : il n’a ni codes ni sources</translation>
    </message>
    <message numerus="yes">
        <source>set &quot;%1&quot;: %n note member(s)</source>
        <translation>
            <numerusform>ensemble « %1 » : %n note membre</numerusform>
            <numerusform>ensemble « %1 » : %n notes membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) attached to nothing Situate holds went into the project memo</source>
        <translation>
            <numerusform>%n note rattachée à rien de ce que Situate contient est allée dans le mémo du projet</numerusform>
            <numerusform>%n notes rattachées à rien de ce que Situate contient sont allées dans le mémo du projet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inflates past the %2 limit for one file (possible zip bomb); nothing was imported</source>
        <translation>%1 dépasse une fois décompressé la limite de %2 pour un fichier (bombe zip possible) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>the files read inflate past the %1 limit for one import (possible zip bomb); nothing was imported</source>
        <translation>les fichiers lus dépassent une fois décompressés la limite de %1 pour un import (bombe zip possible) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>imported %1 (from %2)</source>
        <translation>%1 importé (depuis %2)</translation>
    </message>
    <message>
        <source>documents: %1 added, %2 already in the project</source>
        <translation>documents : %1 ajouté(s), %2 déjà dans le projet</translation>
    </message>
    <message>
        <source>codes: %1 created, %2 matched</source>
        <translation>codes : %1 créé(s), %2 retrouvé(s)</translation>
    </message>
    <message>
        <source>coders: %1 created</source>
        <translation>codeurs : %1 créé(s)</translation>
    </message>
    <message>
        <source>codings: %1 added, %2 already in the project, %3 not placed</source>
        <translation>codages : %1 ajouté(s), %2 déjà dans le projet, %3 non placé(s)</translation>
    </message>
    <message>
        <source>cases: %1 created, %2 matched</source>
        <translation>cas : %1 créé(s), %2 retrouvé(s)</translation>
    </message>
    <message>
        <source>attributes: %1 created, %2 value(s) set</source>
        <translation>attributs : %1 créé(s), %2 valeur(s) renseignée(s)</translation>
    </message>
    <message>
        <source>memos: %1</source>
        <translation>mémos : %1</translation>
    </message>
    <message>
        <source>key quotes: %1</source>
        <translation>citations clés : %1</translation>
    </message>
    <message>
        <source>research questions: %1 created, %2 matched, %3 code link(s)</source>
        <translation>questions de recherche : %1 créée(s), %2 retrouvée(s), %3 lien(s) de code</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>not placed: %1</source>
        <translation>non placé : %1</translation>
    </message>
    <message>
        <source>cannot be represented: %1</source>
        <translation>ne peut pas être représenté : %1</translation>
    </message>
    <message>
        <source>written for Situate to read back: %1</source>
        <translation>écrit pour que Situate le relise : %1</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 levels deep; it was refused</source>
        <translation>%1 imbrique des éléments sur plus de %2 niveaux ; il a été refusé</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD) with possible entity declarations; REFI-QDA files never need one, so it was refused as unsafe</source>
        <translation>%1 contient une déclaration de type de document (DTD) pouvant déclarer des entités ; les fichiers REFI-QDA n’en ont jamais besoin, il a donc été refusé comme dangereux</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (%2 at line %3); the file is damaged or not a REFI-QDA file</source>
        <translation>%1 n’est pas du XML bien formé (%2 à la ligne %3) ; le fichier est endommagé ou n’est pas un fichier REFI-QDA</translation>
    </message>
    <message>
        <source>UTF-16 code units, CRLF counted as one</source>
        <translation>unités de code UTF-16, CRLF compté comme un</translation>
    </message>
    <message>
        <source>code points, CRLF counted as one</source>
        <translation>points de code, CRLF compté comme un</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>unités de code UTF-16</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>points de code</translation>
    </message>
    <message>
        <source>its range %1-%2 is empty or reversed</source>
        <translation>sa plage %1-%2 est vide ou inversée</translation>
    </message>
    <message>
        <source>its range %1-%2 runs past the end of the text (%3 %4)</source>
        <translation>sa plage %1-%2 dépasse la fin du texte (%3 %4)</translation>
    </message>
    <message>
        <source>its range %1-%2 cuts a character in half (inside a surrogate pair)</source>
        <translation>sa plage %1-%2 coupe un caractère en deux (à l’intérieur d’une paire de substitution)</translation>
    </message>
    <message>
        <source>its range %1-%2 does not map exactly onto the normalised text (it starts or ends inside a combined character)</source>
        <translation>sa plage %1-%2 ne correspond pas exactement au texte normalisé (elle commence ou finit à l’intérieur d’un caractère combiné)</translation>
    </message>
    <message>
        <source>the exporter puts it on line %1, but its range %2-%3 starts on line %4</source>
        <translation>l’outil d’export la place à la ligne %1, mais sa plage %2-%3 commence à la ligne %4</translation>
    </message>
    <message>
        <source>the exporter says it coded &quot;%1&quot;, but its range %2-%3 covers &quot;%4&quot;</source>
        <translation>l’outil d’export dit avoir codé « %1 », mais sa plage %2-%3 couvre « %4 »</translation>
    </message>
</context>
<context>
    <name>situate::reliability</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegardes %1</translation>
    </message>
    <message>
        <source>could not back up %1: %2</source>
        <translation>impossible de sauvegarder %1 : %2</translation>
    </message>
    <message>
        <source>could not back up %1: cannot write %2</source>
        <translation>impossible de sauvegarder %1 : impossible d’écrire %2</translation>
    </message>
    <message>
        <source>no backup &quot;%1&quot; of %2</source>
        <translation>aucune sauvegarde « %1 » de %2</translation>
    </message>
    <message>
        <source>%1; nothing was restored</source>
        <translation>%1 ; rien n’a été restauré</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2; the project is unchanged</source>
        <translation>%1 ne peut pas être restauré : %2 ; le projet est inchangé</translation>
    </message>
</context>
<context>
    <name>situate::storage</name>
    <message>
        <source>unexpected row &quot;%1&quot;</source>
        <translation>ligne inattendue « %1 »</translation>
    </message>
    <message>
        <source>cannot read codings: %1</source>
        <translation>impossible de lire les codages : %1</translation>
    </message>
    <message>
        <source>cannot read codings</source>
        <translation>impossible de lire les codages</translation>
    </message>
    <message>
        <source>cannot read codings: unexpected row &quot;%1&quot;</source>
        <translation>impossible de lire les codages : ligne inattendue « %1 »</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>restoring needs the SQLite library Situate was built with</source>
        <translation>la restauration demande la bibliothèque SQLite avec laquelle Situate a été compilé</translation>
    </message>
    <message>
        <source>PostgreSQL projects need Qt&apos;s PostgreSQL driver (QPSQL; on Debian the package libqt6sql6-psql), which is not installed</source>
        <translation>les projets PostgreSQL demandent le pilote PostgreSQL de Qt (QPSQL ; sous Debian le paquet libqt6sql6-psql), qui n’est pas installé</translation>
    </message>
    <message>
        <source>%1: the database does not store text as UTF-8 (create it with ENCODING &apos;UTF8&apos;)</source>
        <translation>%1 : la base de données ne stocke pas le texte en UTF-8 (créez-la avec ENCODING &apos;UTF8&apos;)</translation>
    </message>
    <message>
        <source>not a usable PostgreSQL URL (%1); the form is postgresql://user@host:port/dbname</source>
        <translation>pas une URL PostgreSQL utilisable (%1) ; la forme est postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>a password in the URL is not accepted: it would show in the shell&apos;s history, in the list of processes and among the recent projects. Leave it out of the URL: the password comes from PGPASSWORD or ~/.pgpass, and the Situate window asks for it when neither gives it</source>
        <translation>un mot de passe dans l’URL n’est pas accepté : il apparaîtrait dans l’historique du shell, dans la liste des processus et parmi les projets récents. Retirez-le de l’URL : le mot de passe vient de PGPASSWORD ou de ~/.pgpass, et la fenêtre de Situate le demande quand aucun des deux ne le donne</translation>
    </message>
    <message>
        <source>generating needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>la génération demande que le pilote SQLite de Qt utilise la bibliothèque SQLite du système</translation>
    </message>
    <message>
        <source>cannot prepare a bulk insert: %1</source>
        <translation>impossible de préparer une insertion en masse : %1</translation>
    </message>
    <message>
        <source>internal error: %1 values for %2 columns</source>
        <translation>erreur interne : %1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <source>cannot write the generated project: %1</source>
        <translation>impossible d’écrire le projet généré : %1</translation>
    </message>
    <message>
        <source>%1: cannot read the project: %2</source>
        <translation>%1 : impossible de lire le projet : %2</translation>
    </message>
    <message>
        <source>%1: the project is in format %2 and this version of Situate needs format %3. Only the login that published it (the owner of its tables) may update a team project: ask them to open it once with this version. Nothing was changed.</source>
        <translation>%1 : le projet est au format %2 et cette version de Situate demande le format %3. Seul le compte qui l’a publié (le propriétaire de ses tables) peut mettre à jour un projet d’équipe : demandez-lui de l’ouvrir une fois avec cette version. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>evidence link %1 belongs to another coder&apos;s maturity rating, and only they or an owner may change it</source>
        <translation>le lien de données probantes %1 appartient à l’évaluation de maturité d’un autre codeur, et seul celui-ci ou un propriétaire peut le modifier</translation>
    </message>
    <message>
        <source>%1 %2 is another coder&apos;s, and only they or an owner may change it</source>
        <translation>%1 %2 appartient à un autre codeur, et seul celui-ci ou un propriétaire peut le modifier</translation>
    </message>
    <message>
        <source>could not save the change: the connection was lost before the server answered (test)</source>
        <translation>impossible d’enregistrer la modification : la connexion a été perdue avant la réponse du serveur (test)</translation>
    </message>
    <message>
        <source>%1: this login may not read the project; its owner can give it a role (situate-cli team grant)</source>
        <translation>%1 : ce compte ne peut pas lire le projet ; son propriétaire peut lui donner un rôle (situate-cli team grant)</translation>
    </message>
    <message>
        <source>%1: already holds a Situate project</source>
        <translation>%1 : contient déjà un projet Situate</translation>
    </message>
    <message>
        <source>%1: the database is not empty; a Situate project needs a database of its own (CREATE DATABASE)</source>
        <translation>%1 : la base de données n’est pas vide ; un projet Situate demande une base de données à lui (CREATE DATABASE)</translation>
    </message>
    <message>
        <source>%1: not a Situate project (the database holds no Situate schema; `situate-cli publish` puts a project there)</source>
        <translation>%1 : n’est pas un projet Situate (la base de données ne contient aucun schéma Situate ; `situate-cli publish` y place un projet)</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Situate (project format %2; this version reads up to %3). Update Situate to open it.</source>
        <translation>%1 : créé par une version plus récente de Situate (format de projet %2 ; cette version lit jusqu’au format %3). Mettez Situate à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>internal error: %1 values for %2 columns of %3</source>
        <translation>erreur interne : %1 valeurs pour %2 colonnes de %3</translation>
    </message>
    <message>
        <source>internal error: unknown column %1.%2</source>
        <translation>erreur interne : colonne inconnue %1.%2</translation>
    </message>
    <message>
        <source>internal error: unknown table </source>
        <translation>erreur interne : table inconnue </translation>
    </message>
    <message>
        <source>this project needs converting to the current format, which needs Qt&apos;s SQLite driver to use the system SQLite library</source>
        <translation>ce projet doit être converti au format actuel, ce qui demande que le pilote SQLite de Qt utilise la bibliothèque SQLite du système</translation>
    </message>
    <message>
        <source>could not prepare the format conversion</source>
        <translation>impossible de préparer la conversion de format</translation>
    </message>
    <message>
        <source>cannot bring this project to the current format: row %2 of %1 refers to a row that no longer exists; the file was not changed</source>
        <translation>impossible de mettre ce projet au format actuel : la ligne %2 de %1 renvoie à une ligne qui n’existe plus ; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>search failed: </source>
        <translation>la recherche a échoué : </translation>
    </message>
    <message>
        <source>the project file is damaged: part of it cannot be read. Nothing was changed; restore the newest backup (File &gt; Restore backup) or run &quot;situate-cli check&quot; to see what is damaged</source>
        <translation>le fichier du projet est endommagé : une partie ne peut pas être lue. Rien n’a été modifié ; restaurez la sauvegarde la plus récente (Fichier &gt; Restaurer une sauvegarde) ou lancez « situate-cli check » pour voir ce qui est endommagé</translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation>le fichier du projet n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>%1 already exists: another client has just added it. Nothing of this change was saved; try it again</source>
        <translation>%1 existe déjà : un autre client vient de l’ajouter. Rien de cette modification n’a été enregistré ; réessayez</translation>
    </message>
    <message>
        <source>another client was changing the same entries at the same moment. Nothing of this change was saved; try it again</source>
        <translation>un autre client modifiait les mêmes entrées au même moment. Rien de cette modification n’a été enregistré ; réessayez</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>an earlier step of this change failed, so the server did not take the rest; nothing was saved</source>
        <translation>une étape précédente de cette modification a échoué, le serveur n’a donc pas pris le reste ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>this is a read-only connection to the project: nothing can be changed through it</source>
        <translation>ceci est une connexion en lecture seule au projet : rien ne peut être modifié par elle</translation>
    </message>
    <message>
        <source>it refers to something that another client has just deleted, or something still refers to what it removes. Nothing was saved; look again and retry</source>
        <translation>cela renvoie à quelque chose qu’un autre client vient de supprimer, ou quelque chose renvoie encore à ce qui est retiré. Rien n’a été enregistré ; regardez à nouveau et réessayez</translation>
    </message>
    <message>
        <source>the server did not accept a value of this change%1</source>
        <translation>le serveur n’a pas accepté une valeur de cette modification%1</translation>
    </message>
    <message>
        <source>the server is short of disk space, memory or connections. Nothing was saved; try again later</source>
        <translation>le serveur manque d’espace disque, de mémoire ou de connexions. Rien n’a été enregistré ; réessayez plus tard</translation>
    </message>
    <message>
        <source>the server cancelled the request</source>
        <translation>le serveur a annulé la requête</translation>
    </message>
    <message>
        <source>the request is too large for the server%1</source>
        <translation>la requête est trop grande pour le serveur%1</translation>
    </message>
    <message>
        <source>the server could not do it%1</source>
        <translation>le serveur n’a pas pu le faire%1</translation>
    </message>
    <message>
        <source>the server wants a password. Give it with PGPASSWORD or in ~/.pgpass (the Situate window asks for it)</source>
        <translation>le serveur demande un mot de passe. Donnez-le avec PGPASSWORD ou dans ~/.pgpass (la fenêtre de Situate le demande)</translation>
    </message>
    <message>
        <source>the server did not accept the password for this user (or there is no such user)</source>
        <translation>le serveur n’a pas accepté le mot de passe de cet utilisateur (ou cet utilisateur n’existe pas)</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>le serveur n’a pas de base de données de ce nom</translation>
    </message>
    <message>
        <source>the server has no such user</source>
        <translation>le serveur n’a pas d’utilisateur de ce nom</translation>
    </message>
    <message>
        <source>this user may not log in to the server</source>
        <translation>cet utilisateur ne peut pas se connecter au serveur</translation>
    </message>
    <message>
        <source>the server does not let this user connect to this database from here (pg_hba.conf; ask its administrator)</source>
        <translation>le serveur ne laisse pas cet utilisateur se connecter à cette base de données depuis ici (pg_hba.conf ; demandez à son administrateur)</translation>
    </message>
    <message>
        <source>this user may not connect to this database (ask the project&apos;s owner for a role)</source>
        <translation>cet utilisateur ne peut pas se connecter à cette base de données (demandez un rôle au propriétaire du projet)</translation>
    </message>
    <message>
        <source>the server offers no encrypted connection, which Situate needs for a server on another computer (ask its administrator to turn on SSL)</source>
        <translation>le serveur n’offre pas de connexion chiffrée, dont Situate a besoin pour un serveur sur un autre ordinateur (demandez à son administrateur d’activer SSL)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified (check sslrootcert and the host name in the URL)</source>
        <translation>le certificat du serveur n’a pas pu être vérifié (vérifiez sslrootcert et le nom d’hôte dans l’URL)</translation>
    </message>
    <message>
        <source>the encrypted connection could not be set up (check the URL&apos;s ssl settings)</source>
        <translation>la connexion chiffrée n’a pas pu être établie (vérifiez les paramètres ssl de l’URL)</translation>
    </message>
    <message>
        <source>there is no server of that name (check the host in the URL)</source>
        <translation>il n’y a pas de serveur de ce nom (vérifiez l’hôte dans l’URL)</translation>
    </message>
    <message>
        <source>the server did not answer in time (is it running, and is the address right?)</source>
        <translation>le serveur n’a pas répondu à temps (fonctionne-t-il, et l’adresse est-elle correcte ?)</translation>
    </message>
    <message>
        <source>the server does not take connections at the moment; try again shortly</source>
        <translation>le serveur n’accepte pas de connexions pour le moment ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>a setting in the URL was not accepted</source>
        <translation>un paramètre de l’URL n’a pas été accepté</translation>
    </message>
    <message>
        <source>no server answers there (is it running, and are the host and port right?)</source>
        <translation>aucun serveur ne répond à cet endroit (fonctionne-t-il, et l’hôte et le port sont-ils corrects ?)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n’a pas pu être joint</translation>
    </message>
    <message>
        <source>%1 was renamed, moved or deleted while open; nothing more can be saved here, and what was saved last is not in the file yet (%2): close the project here, then open it from its new place</source>
        <translation>%1 a été renommé, déplacé ou supprimé pendant qu’il était ouvert ; plus rien ne peut être enregistré ici, et ce qui a été enregistré en dernier n’est pas encore dans le fichier (%2) : fermez le projet ici, puis ouvrez-le depuis son nouvel emplacement</translation>
    </message>
    <message>
        <source>%1 was renamed, moved or deleted while open; nothing more can be saved here. Everything saved before is in the file: open it from its new place to go on</source>
        <translation>%1 a été renommé, déplacé ou supprimé pendant qu’il était ouvert ; plus rien ne peut être enregistré ici. Tout ce qui a été enregistré avant est dans le fichier : ouvrez-le depuis son nouvel emplacement pour continuer</translation>
    </message>
    <message>
        <source>the project is being read elsewhere</source>
        <translation>le projet est en cours de lecture ailleurs</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1 : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1 : n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1 : permission refusée</translation>
    </message>
    <message>
        <source>%1: not a Situate project (the file is not an SQLite database)</source>
        <translation>%1 : n’est pas un projet Situate (le fichier n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>%1: the file is read-only; Situate needs to write to it</source>
        <translation>%1 : le fichier est en lecture seule ; Situate doit pouvoir y écrire</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1 : ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1: cannot be set up: %2</source>
        <translation>%1 : ne peut pas être préparé : %2</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists</source>
        <translation>%1 %2 n’existe plus</translation>
    </message>
    <message>
        <source>could not start a transaction: </source>
        <translation>impossible de démarrer une transaction : </translation>
    </message>
    <message>
        <source>commit without a transaction</source>
        <translation>validation sans transaction</translation>
    </message>
    <message>
        <source>the change was rolled back</source>
        <translation>la modification a été annulée</translation>
    </message>
    <message>
        <source>could not save the change: </source>
        <translation>impossible d’enregistrer la modification : </translation>
    </message>
    <message>
        <source>the project&apos;s tables are missing</source>
        <translation>les tables du projet sont manquantes</translation>
    </message>
    <message>
        <source>the table %1 differs between the two projects (are both at the same format version?)</source>
        <translation>la table %1 diffère entre les deux projets (sont-ils tous deux à la même version de format ?)</translation>
    </message>
    <message>
        <source>internal error: not a PostgreSQL project</source>
        <translation>erreur interne : pas un projet PostgreSQL</translation>
    </message>
    <message>
        <source>the server already has a role named &quot;%1&quot; that this project did not make (a project of the same name that was dropped may have left it, or someone else made it). Situate does not take over a role it cannot vouch for: a server administrator removes it (DROP ROLE) or renames it, then run team grant again</source>
        <translation>le serveur a déjà un rôle nommé « %1 » que ce projet n’a pas créé (un projet du même nom qui a été supprimé l’a peut-être laissé, ou quelqu’un d’autre l’a créé). Situate ne reprend pas un rôle dont il ne peut pas répondre : un administrateur du serveur le supprime (DROP ROLE) ou le renomme, puis relancez team grant</translation>
    </message>
    <message>
        <source>every login on the server may still connect to the database &quot;%1&quot; or create objects in its schema &quot;%2&quot;, and this login may not change that (it does not own them). A server administrator runs: REVOKE CREATE ON SCHEMA %2 FROM PUBLIC; REVOKE ALL ON DATABASE %1 FROM PUBLIC; then run team grant again</source>
        <translation>tout compte du serveur peut encore se connecter à la base de données « %1 » ou créer des objets dans son schéma « %2 », et ce compte ne peut pas changer cela (il n’en est pas propriétaire). Un administrateur du serveur exécute : REVOKE CREATE ON SCHEMA %2 FROM PUBLIC; REVOKE ALL ON DATABASE %1 FROM PUBLIC; puis relancez team grant</translation>
    </message>
    <message>
        <source>the server has no login role named &quot;%1&quot; (an administrator creates it: CREATE ROLE ... LOGIN PASSWORD ...)</source>
        <translation>le serveur n’a pas de rôle de connexion nommé « %1 » (un administrateur le crée : CREATE ROLE ... LOGIN PASSWORD ...)</translation>
    </message>
    <message>
        <source>roles belong to projects on PostgreSQL; a project file has none</source>
        <translation>les rôles appartiennent aux projets sur PostgreSQL ; un fichier de projet n’en a pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no role in this project</source>
        <translation>« %1 » n’a pas de rôle dans ce projet</translation>
    </message>
    <message>
        <source>the project file is damaged (%1)</source>
        <translation>le fichier du projet est endommagé (%1)</translation>
    </message>
    <message>
        <source>could not erase the removed text from the project: %1</source>
        <translation>impossible d’effacer du projet le texte retiré : %1</translation>
    </message>
    <message>
        <source>could not erase the removed text from the project while another window or process reads it; close it and try again</source>
        <translation>impossible d’effacer du projet le texte retiré pendant qu’une autre fenêtre ou un autre processus le lit ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>could not erase the removed text from the server&apos;s files while the server still runs work that may read the project as it was (a team member&apos;s window, a long read, work in another database on the server); try again once it has finished</source>
        <translation>impossible d’effacer le texte retiré des fichiers du serveur tant que le serveur exécute encore des tâches qui peuvent lire le projet tel qu’il était (la fenêtre d’un membre de l’équipe, une longue lecture, un travail dans une autre base de données du serveur) ; réessayez quand elles seront terminées</translation>
    </message>
    <message>
        <source>the removed text is gone from the project, but only the login that published it (the owner of its tables) can erase it from the server&apos;s files: ask them, or the server&apos;s administrator, to run VACUUM (FULL, ANALYZE) in the project&apos;s database</source>
        <translation>le texte retiré a disparu du projet, mais seul le compte qui l’a publié (le propriétaire de ses tables) peut l’effacer des fichiers du serveur : demandez-lui, ou à l’administrateur du serveur, d’exécuter VACUUM (FULL, ANALYZE) dans la base de données du projet</translation>
    </message>
    <message>
        <source>not a Situate project</source>
        <translation>n’est pas un projet Situate</translation>
    </message>
    <message>
        <source>not a Situate project (no schema)</source>
        <translation>n’est pas un projet Situate (aucun schéma)</translation>
    </message>
    <message>
        <source>made by a newer version of Situate (project format %1)</source>
        <translation>créé par une version plus récente de Situate (format de projet %1)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>could not close the copy</source>
        <translation>impossible de fermer la copie</translation>
    </message>
    <message>
        <source>a password does not belong in the URL; it comes from PGPASSWORD or ~/.pgpass, or the Situate window asks for it</source>
        <translation>un mot de passe n’a pas sa place dans l’URL ; il vient de PGPASSWORD ou de ~/.pgpass, ou la fenêtre de Situate le demande</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>elle ne peut pas être analysée</translation>
    </message>
    <message>
        <source>no database name</source>
        <translation>aucun nom de base de données</translation>
    </message>
    <message>
        <source>the database name contains /</source>
        <translation>le nom de la base de données contient /</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is given twice; give each setting once</source>
        <translation>le paramètre « %1 » est donné deux fois ; donnez chaque paramètre une seule fois</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; holds a character it may not (a control character or ;)</source>
        <translation>le paramètre « %1 » contient un caractère interdit (un caractère de contrôle ou ;)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode doit valoir l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <source>sslmode=%1 would let the connection to a server on another computer go unencrypted, so that anyone on the way could read or change it; leave sslmode out (Situate then requires encryption) or use verify-full</source>
        <translation>sslmode=%1 laisserait la connexion à un serveur sur un autre ordinateur passer sans chiffrement, si bien que n’importe qui sur le trajet pourrait la lire ou la modifier ; omettez sslmode (Situate exige alors le chiffrement) ou utilisez verify-full</translation>
    </message>
    <message>
        <source>connected to %1, but cannot listen for other clients&apos; changes</source>
        <translation>connecté à %1, mais impossible d’écouter les modifications des autres clients</translation>
    </message>
    <message>
        <source>schema update failed</source>
        <translation>la mise à jour du schéma a échoué</translation>
    </message>
    <message>
        <source>could not start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>could not record the schema version</source>
        <translation>impossible d’enregistrer la version du schéma</translation>
    </message>
    <message>
        <source>could not save the schema</source>
        <translation>impossible d’enregistrer le schéma</translation>
    </message>
    <message>
        <source>an entry with the same identifier</source>
        <translation>une entrée avec le même identifiant</translation>
    </message>
    <message>
        <source>the same entry</source>
        <translation>la même entrée</translation>
    </message>
    <message>
        <source>cannot connect to %1: </source>
        <translation>impossible de se connecter à %1 : </translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated?)</source>
        <translation>le fichier est plus court que ne l’indique son en-tête (tronqué ?)</translation>
    </message>
    <message>
        <source>%1: damaged or not a database (%2)</source>
        <translation>%1 : endommagé ou pas une base de données (%2)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Situate project</source>
        <translation>%1 : une base de données SQLite, mais pas un projet Situate</translation>
    </message>
    <message>
        <source>%1: not a Situate project (no schema)</source>
        <translation>%1 : n’est pas un projet Situate (aucun schéma)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1 : le fichier du projet est endommagé (%2)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot count %1</source>
        <translation>impossible de compter %1</translation>
    </message>
    <message>
        <source>cannot write %1 rows %2 to %3</source>
        <translation>impossible d’écrire les lignes %2 à %3 de %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot set the next id of %1</source>
        <translation>impossible de fixer le prochain identifiant de %1</translation>
    </message>
    <message>
        <source>cannot read a document&apos;s text</source>
        <translation>impossible de lire le texte d’un document</translation>
    </message>
    <message>
        <source>%1: an edit was interrupted and cannot be undone; check that the file and its folder can be written to</source>
        <translation>%1 : une modification a été interrompue et ne peut pas être annulée ; vérifiez que le fichier et son dossier sont accessibles en écriture</translation>
    </message>
    <message>
        <source>cannot read documents: %1</source>
        <translation>impossible de lire les documents : %1</translation>
    </message>
</context>
<context>
    <name>situate::team</name>
    <message>
        <source>the two projects have different tables (are both at the same format version?)</source>
        <translation>les deux projets ont des tables différentes (sont-ils tous deux à la même version de format ?)</translation>
    </message>
    <message>
        <source>publish needs a postgresql://user@host:port/dbname URL to copy the project to</source>
        <translation>la publication demande une URL postgresql://user@host:port/dbname vers laquelle copier le projet</translation>
    </message>
    <message>
        <source>%1: nothing was published: %2 (and the tables made for it could not be removed again: %3)</source>
        <translation>%1 : rien n’a été publié : %2 (et les tables créées pour cela n’ont pas pu être supprimées : %3)</translation>
    </message>
    <message>
        <source>%1: nothing was published: %2</source>
        <translation>%1 : rien n’a été publié : %2</translation>
    </message>
    <message>
        <source>publish copies a local project file; %1 is already on a server</source>
        <translation>la publication copie un fichier de projet local ; %1 est déjà sur un serveur</translation>
    </message>
    <message>
        <source>clone copies a project from a server: give a postgresql://user@host:port/dbname URL first</source>
        <translation>le clonage copie un projet depuis un serveur : donnez d’abord une URL postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>clone writes a local project file, not a URL</source>
        <translation>le clonage écrit un fichier de projet local, pas une URL</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; clone makes a new one</source>
        <translation>%1 : un fichier de ce nom existe déjà ; le clonage en crée un nouveau</translation>
    </message>
    <message>
        <source>%1: nothing was cloned: %2</source>
        <translation>%1 : rien n’a été cloné : %2</translation>
    </message>
</context>
<context>
    <name>situate::text</name>
    <message>
        <source>The range %1-%2 is not within the text (%3 characters).</source>
        <translation>La plage %1-%2 n’est pas dans le texte (%3 caractères).</translation>
    </message>
    <message>
        <source>The replacements of %1-%2 and %3-%4 overlap or are out of order.</source>
        <translation>Les remplacements de %1-%2 et de %3-%4 se chevauchent ou ne sont pas dans l’ordre.</translation>
    </message>
    <message>
        <source>Entry %1 has nothing to find.</source>
        <translation>L’entrée %1 n’a rien à rechercher.</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”) repeats entry %3.</source>
        <translation>L’entrée %1 (« %2 ») répète l’entrée %3.</translation>
    </message>
</context>
</TS>

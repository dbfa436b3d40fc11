"""French story texts for the layout set (written for this project; the events are invented)."""

from __future__ import annotations

# (key, title, paragraphs)
STORIES_FR: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "fr-tram-lyon",
        "Le tramway de la Part-Dieu fermé trois semaines pour travaux cet été",
        (
            "La métropole a annoncé mardi la fermeture de la ligne de tramway entre la gare de la Part-Dieu et "
            "le campus de la Doua pendant trois semaines, du 14 juillet au 4 août, afin de remplacer les rails "
            "sur près de deux kilomètres.",
            "Des bus de substitution circuleront toutes les six minutes aux heures de pointe, a précisé le "
            "vice-président chargé des mobilités, qui promet une information en temps réel dans les stations.",
            "Les commerçants du cours Émile-Zola s'inquiètent d'une baisse de fréquentation au cœur de la "
            "saison touristique et réclament un dispositif d'indemnisation comparable à celui de 2023.",
            "Selon l'exploitant, la ligne transporte en moyenne quatre-vingt-dix mille voyageurs par jour en "
            "semaine, un chiffre qui recule nettement pendant les vacances scolaires.",
        ),
    ),
    (
        "fr-vendanges",
        "Vendanges précoces dans le Bordelais après un mois d'août très sec",
        (
            "Les premiers coups de sécateur ont été donnés lundi dans plusieurs domaines de l'Entre-deux-Mers, "
            "avec près de dix jours d'avance sur le calendrier habituel.",
            "Le syndicat viticole évoque des raisins sains mais des rendements en baisse, la sécheresse ayant "
            "limité la taille des baies sur les parcelles les plus exposées.",
            "Plusieurs exploitants disent avoir du mal à recruter des saisonniers, malgré une revalorisation "
            "des salaires et la mise à disposition de logements sur place.",
            "La chambre d'agriculture publiera une première estimation des volumes à la fin du mois, une fois "
            "les cépages blancs rentrés.",
        ),
    ),
    (
        "fr-port-marseille",
        "Le port de Marseille mise sur l'électrification des quais pour les ferries",
        (
            "Le grand port maritime a inauguré jeudi deux nouveaux branchements électriques à quai, qui "
            "permettront aux ferries reliant la Corse et le Maghreb de couper leurs moteurs pendant l'escale.",
            "D'après la direction du port, l'installation doit réduire d'un tiers les émissions de particules "
            "fines dans les quartiers nord, régulièrement exposés aux fumées des navires.",
            "Le chantier, d'un coût de trente-deux millions d'euros, a été financé en partie par l'État et la "
            "région, le reste étant pris en charge par les compagnies maritimes.",
            "Les associations de riverains saluent une avancée mais demandent un calendrier précis pour "
            "équiper aussi les terminaux de croisière d'ici à 2028.",
        ),
    ),
    (
        "fr-bibliotheques",
        "Les bibliothèques de Nantes ouvriront le dimanche à partir de janvier",
        (
            "La ville a voté lundi soir l'ouverture dominicale de ses quatre principales médiathèques, une "
            "mesure réclamée depuis plusieurs années par les usagers et les associations étudiantes.",
            "Les établissements accueilleront le public de 13 heures à 18 heures, grâce au recrutement de "
            "douze agents supplémentaires et à une nouvelle organisation des plannings.",
            "L'adjointe à la culture espère attirer des familles qui ne fréquentent pas les bibliothèques en "
            "semaine, faute de temps ou d'horaires adaptés.",
            "Une évaluation sera menée au bout de six mois pour décider d'une éventuelle extension aux "
            "médiathèques de quartier.",
        ),
    ),
    (
        "fr-greve-rail",
        "Trafic perturbé sur les TER normands en raison d'un mouvement social",
        (
            "La circulation des trains régionaux était fortement perturbée mercredi en Normandie, où seul un "
            "train sur trois circulait sur les lignes entre Rouen, Caen et Le Havre.",
            "Les syndicats protestent contre un projet de réorganisation des équipes de contrôle, qui "
            "supprimerait selon eux une cinquantaine de postes d'ici à la fin de l'année.",
            "La région, autorité organisatrice, demande à l'exploitant de rembourser les abonnés et de "
            "renforcer les cars de substitution sur les trajets les plus fréquentés.",
            "Une nouvelle réunion de négociation est prévue vendredi au siège de la direction régionale.",
        ),
    ),
    (
        "fr-incendie-var",
        "Un incendie de forêt maîtrisé dans le Var après deux jours de lutte",
        (
            "Le feu qui avait parcouru près de six cents hectares de garrigue et de pinède dans le massif des "
            "Maures est désormais fixé, a indiqué dimanche la préfecture.",
            "Plus de quatre cents pompiers et huit bombardiers d'eau ont été mobilisés, aidés par une baisse "
            "du vent dans la nuit de samedi à dimanche.",
            "Aucune victime n'est à déplorer, mais une dizaine d'habitations isolées ont été évacuées par "
            "précaution et leurs occupants relogés dans une salle communale.",
            "Une enquête a été ouverte pour déterminer l'origine du sinistre, parti en bordure d'une route "
            "départementale en fin d'après-midi.",
        ),
    ),
)

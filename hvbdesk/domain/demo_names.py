"""Fictional names for demo data. Combinations are random; any likeness to a real person is chance."""

FIRST_NAMES = {
    "kvinna": ["Alva", "Ebba", "Elin", "Freja", "Hanna", "Ida", "Julia", "Klara", "Linnea", "Maja",
               "Moa", "Nora", "Saga", "Tilda", "Vera", "Wilma", "Amira", "Leila", "Tove", "Isabelle"],
    "man": ["Adam", "Albin", "Anton", "Axel", "Elias", "Emil", "Filip", "Hugo", "Isak", "Jonatan",
            "Leo", "Liam", "Lucas", "Melvin", "Noah", "Oscar", "Theo", "William", "Omar", "Viktor"],
    "icke-binär": ["Alex", "Charlie", "Kim", "Love", "Robin", "Sam", "Eli", "Nico", "Tintin", "Mika"],
}
LAST_NAMES = [
    "Andersson", "Berg", "Dahl", "Ek", "Forsberg", "Granlund", "Hedlund", "Holm", "Isaksson",
    "Jansson", "Kvist", "Lund", "Lindqvist", "Mattsson", "Nyberg", "Olsson", "Persson", "Pålsson",
    "Sandberg", "Sjöberg", "Strand", "Ström", "Wikström", "Åberg", "Öberg", "Ahmed", "Hassan",
    "Nilsson", "Eriksson", "Karlsson",
]
STAFF = [
    ("manager", "municipality", 100, True, "Birgitta", "Hjort"),
    ("treatment_lead", "municipality", 100, True, "Johan", "Lövgren"),
    ("coordinator", "municipality", 100, True, "Sara", "Nordin"),
    ("treatment_assistant", "municipality", 100, False, "Anna", "Björk"),
    ("treatment_assistant", "municipality", 100, False, "Erik", "Dalström"),
    ("treatment_assistant", "municipality", 100, False, "Fatima", "Ali"),
    ("treatment_assistant", "municipality", 100, False, "Gustav", "Hellberg"),
    ("treatment_assistant", "municipality", 100, False, "Lena", "Rask"),
    ("treatment_assistant", "municipality", 100, False, "Mikael", "Sundin"),
    ("treatment_assistant", "municipality", 100, False, "Petra", "Wallin"),
    ("treatment_assistant", "municipality", 100, False, "Jonas", "Ågren"),
    ("physician", "region", 20, True, "Karin", "Falk"),
    ("psychologist", "region", 90, True, "Daniel", "Stål"),
    ("nurse", "region", 100, True, "Maria", "Lindh"),
    ("treatment_assistant", "municipality", None, False, "Tobias", "Vik"),
    ("treatment_assistant", "municipality", None, False, "Emma", "Grahn"),
    ("treatment_assistant", "municipality", None, False, "Nils", "Boman"),
]
DECLINE_REASONS = ["no_place", "outside_target_group", "needs_detox", "risk_too_high", "other"]
SOCIAL_SERVICES_CONTACTS = ["Socialsekreterare Ung", "Barn och unga", "Mottagningsgruppen", "Vuxenenheten"]

CARE_PLAN_SUMMARIES = [
    "Behov: bryta missbruk av cannabis, struktur i vardagen, skolgång. Mål: drogfrihet och fungerande dygnsrytm.",
    "Behov: utredning av misstänkt ADHD, stöd i relation till familjen. Mål: fastställd diagnos och hållbar plan hem.",
    "Behov: trygghet, behandling för alkoholbruk, sysselsättning. Mål: minskat riskbruk och planerad eftervård.",
]
GOALS = [
    ("Bryta användningen av droger", "Ingen användning under placeringen", "Samtal med MI två gånger i veckan"),
    ("Fungerande dygnsrytm", "Sova på natten och vara uppe på dagen", "Stöd vid väckning och kvällsrutin"),
    ("Skolgång", "Delta i undervisningen minst tre dagar i veckan", "Följa med till skolan och stämma av med mentor"),
    ("Utredning av NPF", "Genomförd neuropsykiatrisk utredning", "Boka och följa med till psykologens testtillfällen"),
    ("Relation till familjen", "Regelbunden kontakt med vårdnadshavare", "Samordna samtal varannan vecka"),
]
OWN_WORDS = [
    "Jag vill kunna bo hemma igen och klara skolan.",
    "Det viktigaste för mig är att sluta röka på och sova bättre.",
    "Jag vill få veta varför jag har så svårt att koncentrera mig.",
]
JOURNAL_TEXTS = [
    "Lugn kväll. Åt middag tillsammans med gruppen och tittade på film. Gick och lade sig 22.30.",
    "Vaknade med stöd 07.15. Deltog i skolan hela förmiddagen, trött efter lunch.",
    "Samtal om helgens planering. Vill träffa familjen på lördag; samordnas med socialtjänsten.",
    "Urinprov taget enligt plan, svar inväntas. Ungdomen samarbetade.",
    "Promenad med kontaktperson. Pratade om mål i genomförandeplanen och vad som gått bra.",
    "Orolig under eftermiddagen, fick stöd i samtal och lugnade sig efter en stund.",
    "Telefonkontakt med socialsekreterare om kommande uppföljningsmöte.",
    "Träning på gym med personal. Positiv stämning.",
]

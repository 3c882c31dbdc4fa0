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

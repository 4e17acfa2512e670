"""Words that describe people and organizations: pronouns, honorifics, titles, roles.

The speaker finder uses them to read a speaker phrase ("White House National Security Council
spokesman John Kirby", "a spokeswoman for the ministry", "he"), and the resolver to tie
pronouns and descriptions to the people a document names.
"""

from __future__ import annotations

from typing import Final

PRONOUNS: Final[dict[str, tuple[str, str]]] = {
    "he": ("male", "singular"),
    "she": ("female", "singular"),
    "they": ("any", "plural"),
    "i": ("any", "first"),
    "we": ("any", "first"),
    "it": ("neuter", "singular"),
}
"""Subject pronouns → (gender, number). "it" speaks for organizations and documents only."""

OBJECT_PRONOUNS: Final = frozenset("him her them me us it".split())
"""Listeners after "told": "he told them that ..."."""

MALE_HONORIFICS: Final = frozenset("Mr Mr. Sir Lord King Prince Father Brother".split())
"""Honorifics that tell a person's gender: "Mr. Kirby" is a man."""

FEMALE_HONORIFICS: Final = frozenset(
    "Mrs Mrs. Ms Ms. Miss Dame Lady Queen Princess Sister Madam".split()
)
"""Honorifics that tell a person's gender: "Ms. Lee" is a woman."""

TITLES: Final = frozenset(
    """
    Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Rev Rev.
    Sen Sen. Senator Rep Rep. Representative Gov Gov. Governor Lt Lt. Gen Gen. General Col
    Col. Colonel Maj Maj. Major Capt Capt. Captain Sgt Sgt. Adm Adm. Admiral Cmdr Cmdr. Pres
    Pres. President Vice Secretary Minister Chancellor Premier Prime Mayor Judge Justice
    Attorney Ambassador Chairman Chairwoman Chair Speaker Leader Commissioner Director Chief
    King Queen Prince Princess Pope Cardinal Bishop Rabbi Imam Father Sister Brother Deputy
    Assistant Acting Former former Officer Detective Inspector Sheriff Coach Dean Provost
    Councilman Councilwoman Councilmember Supervisor Superintendent Treasurer Comptroller
    Lieutenant Sergeant Corporal Private Admiral Marshal Trustee Pastor Chef Agent
    MP MEP MSP Congressman Congresswoman Assemblyman Assemblywoman Alderman Delegate
    Secretary-General Director-General Attorney-General Governor-General Solicitor-General
    Inspector-General Major-General Lieutenant-General Lieutenant-Colonel Vice-President
    """.split()
)
"""Words that stand before a person's name as a title: "Sen. Warren", "President Joe Biden"."""

ROLE_ACRONYMS: Final = frozenset({"CEO", "CFO", "COO", "CTO"})
"""Roles written in capitals that end a run of a name's words before the name: "JPMorgan CEO
Jamie Dimon" (the name was all four words)."""

SHORT_TITLES: Final = frozenset(
    t[:-1] for t in TITLES if t.endswith(".") and t not in ("Mr.", "Mrs.", "Ms.")
)
"""Titles written short with a full stop that may stand before a surname alone ("Sen.
Warren", "Dr. Fauci"), without the full stop. Not the honorifics: "Mr. Smith" alone made no
person of its own for the better (measured: polnear-train and LitBank each lost correct
speakers)."""

ROLE_NOUNS: Final = frozenset(
    """
    spokesman spokeswoman spokesperson official officials minister secretary president
    comedian comedians novelist rapper filmmaker entertainer businessman businesswoman
    billionaire quarterback
    director chief head leader chairman chairwoman chair adviser advisor aide aides
    ambassador envoy diplomat analyst analysts expert experts economist economists
    strategist strategists lawyer lawyers attorney attorneys prosecutor prosecutors judge
    doctor doctors physician nurse scientist scientists researcher researchers professor
    officer officers commander general governor mayor senator congressman congresswoman
    lawmaker lawmakers legislator legislators representative representatives candidate
    nominee manager executive executives founder owner chancellor premier negotiator
    negotiators source sources witness witnesses resident residents activist activists
    advocate advocates rival rivals challenger challengers
    critic critics supporter supporters opponent opponents member members worker workers
    employee employees investigator investigators detective police policeman policewoman
    coach player teacher student students parent parents mother father son daughter wife
    husband sister brother friend neighbor neighbour victim survivor survivors organizer
    organizers protester protesters voter voters observer observers economist commentator
    columnist reporter reporters journalist journalists editor author writer historian
    pollster consultant consultants staffer staffers operative operatives insider insiders
    person people man woman men women official representative counsel sheriff deputy
    administrator commissioner regulator regulators agent agents soldier soldiers
    veteran veterans farmer farmers owner owners engineer engineers baker principal planner
    lady founder coach pilot driver resident chef nurse surgeon pastor priest rabbi imam
    economist banker trader investor analyst accountant architect designer artist actor
    actress singer musician athlete player manager mayor councilor councillor clerk
    delegate delegates correspondent producer councilman councilwoman treasurer auditor
    inspector trooper troopers firefighter firefighters paramedic paramedics psychologist
    psychiatrist epidemiologist virologist lobbyist lobbyists donor donors trustee
    superintendent entrepreneur photographer playwright poet scholar scholars lecturer pundit
    pundits blogger colonel captain sergeant lieutenant admiral bishop
    """.split()
)
"""Head nouns of a description that can speak: "the official", "a spokeswoman for the ministry"."""

OFFICIAL_ROLES: Final = frozenset(
    """
    spokesman spokeswoman spokesperson official minister secretary president director chief
    head leader chairman chairwoman chair adviser advisor aide ambassador envoy diplomat
    governor mayor senator congressman congresswoman lawmaker representative commissioner
    administrator officer commander general chancellor premier negotiator counsel
    """.split()
)
"""Roles any of which "the official" may refer back to ("the official said" after
"spokesman John Kirby")."""

MALE_ROLES: Final = frozenset(
    """spokesman chairman congressman councilman policeman businessman man father son husband
    brother king prince lord sir mr mr. boy uncle grandfather nephew""".split()
)
"""Role words that tell a man: "spokesman John Kirby"."""

FEMALE_ROLES: Final = frozenset(
    """spokeswoman chairwoman congresswoman councilwoman policewoman businesswoman woman mother
    daughter wife sister queen princess lady dame mrs mrs. ms ms. miss girl aunt grandmother
    niece actress""".split()
)
"""Role words that tell a woman: "a spokeswoman for the ministry"."""

GROUP_NOUNS: Final = frozenset(
    """
    officials sources analysts experts economists critics supporters opponents members
    advocates
    residents activists lawmakers legislators aides advisers advisors investigators police
    prosecutors researchers scientists doctors witnesses voters protesters organizers
    observers strategists insiders staffers operatives people officers soldiers workers
    employees leaders diplomats negotiators democrats republicans authorities
    delegates troopers firefighters paramedics lobbyists donors scholars pundits
    """.split()
)
"""Plural heads that make a group speaker: "officials said", "critics argue"."""

ORG_WORDS: Final = frozenset(
    """
    House Council Department Ministry Office Agency Administration Committee Commission
    Party Senate Congress Parliament Court Pentagon Kremlin Government government
    University College Institute Foundation Association Union Bank Fund Corporation Corp
    Inc Company Co Group Organization Organisation Service Services Bureau Board Authority
    Post Times Journal News Press Network Tribune Herald Gazette Reuters Agency Army Navy
    Police Force Forces Campaign Committee Center Centre Church Council Federation League
    Alliance Coalition Movement Front Hamas Hezbollah NATO UN EU FBI CIA NSA WHO IMF
    Democrats Republicans Cabinet Embassy ministry department agency office committee
    campaign company administration party court council police army military firm
    spokesperson group Motors Electric Dynamics Airlines Holdings Industries
    """.split()
)
"""Words that make a name an organization's: "the White House", "the Defense Ministry"."""

DETERMINERS: Final = frozenset(
    "the a an another this that these those one some several many two three".split()
)
"""Determiners that open a description: "the official", "a senior official", "some Democrats"."""

INDEFINITE: Final = frozenset("a an another one some several many two three".split())
"""Determiners that make a description new rather than a reference back: "a senior official"."""

NAME_PARTICLES: Final = frozenset(
    "de del della der di du da van von la le bin al el st. ibn".split()
)
"""Lower-case words inside a person's name: "Ursula von der Leyen", "Charles de Gaulle"."""

NAME_SUFFIXES: Final = frozenset("Jr Jr. Sr Sr. II III IV".split())
"""Generational suffixes after a name: "Martin Luther King Jr."."""

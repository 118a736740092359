"""Small closed word lists the recogniser reasons with (English news conventions).

These are language facts, not place lists: function words, months, titles that
precede person names, words that name a kind of place, and the prepositions and
phrases that introduce a location.
"""

from __future__ import annotations

STOPWORDS = frozenset("""
a an the of in on at to for by with from into onto upon about above below over under and or nor but
as is it its he she we they this that these those his her our their i you me us him them my your
not no so if then than also all any each more most some such only own same too very can will just
do does did has have had be been was were are am said says say told tells mr mrs ms dr st mt ft
here there where when while who whom whose which what why how after before during since until
up down out off again further once both few other new old one two three four five six seven eight
nine ten first last next many much may might must shall should would could yes via per
""".split())

MONTHS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: adverbs that open a sentence before its subject ("Meanwhile Yerevan and Baku agreed"): no first name
SENTENCE_ADVERBS = frozenset("meanwhile elsewhere separately nearby overnight later earlier yesterday today "
                             "tonight however instead additionally moreover furthermore besides still now "
                             "subsequently previously finally".split())

#: adjectives that open a sentence before the place they describe ("Neighbouring Benin has ...",
#: "Landlocked Mali"): no part of the place's name
SENTENCE_ADJECTIVES = frozenset("neighbouring neighboring bordering landlocked coastal rural mainland impoverished "
                                "occupied besieged embattled restive".split())

#: holidays and events that share a name with some village somewhere
HOLIDAYS = frozenset("christmas easter passover ramadan eid thanksgiving hanukkah halloween olympic olympics "
                     "lent advent pentecost diwali".split())

#: single words that name a direction, never a place on their own
DIRECTIONS = frozenset("north south east west northern southern eastern western central upper lower "
                       "greater northeast northwest southeast southwest northeastern northwestern "
                       "southeastern southwestern midwest".split())

#: words that, written just before a capitalised name, make it a person
PERSON_TITLES = frozenset("""
president presidents vice prime minister ministers chancellor king queen prince princess pope sheikh
emir sultan general gen lt col colonel major maj capt captain sgt sergeant officer officers deputy
sheriff judge justice senator sen rep representative gov governor mayor councilman councilwoman
commissioner secretary spokesman spokeswoman spokesperson ambassador envoy director chief coach
dr mr mrs ms miss sir lord lady rev reverend father bishop imam rabbi professor prof detective
trooper attorney counselor saint st. pastor brother sister uncle aunt son daughter wife husband
""".split())

#: a place name followed by one of these is still a place (and the word joins the mention)
PLACE_TYPE_WORDS = frozenset("""
province governorate region county parish district oblast state city town village municipality
countryside valley river sea lake mountains mountain island islands peninsula desert gulf bay
strait plain plateau airport camp border borough township territory commune
""".split())

#: lower-case nouns after ``the`` and a name that make the name a facility's or a body's (``the Tishrin dam``,
#: ``the Zaire group``), not a place
FACILITY_NOUNS = frozenset("""
dam bridge barrage base airbase prison hospital school university mosque church market stadium factory plant
refinery mine group militia faction brigade battalion army government administration council
""".split())

#: lower-case heads after a name that make it a place of its own, even one the gazetteer lacks
#: (``the Zamzam camp``, ``the Tel al-Sultan neighborhood``, ``the Korabel microdistrict``)
NAMED_PLACE_HEADS = frozenset("camp neighbourhood neighborhood microdistrict".split())

#: lower-case heads after a name the gazetteer lacks that make it a place, once ``the``, a possessive or a
#: locative word frames the name (``the Pejompongan area``, ``in Kan Taw village``, ``in Kiramu woreda``); a
#: plural head (``the Petare and Catia neighbourhoods``) makes every item of the list before it one
LOWER_PLACE_HEADS = frozenset("""
village villages area areas forest forests kebele kebeles woreda woredas upazila upazilas locality localities
township townships sector zone chiefdom chiefdoms tehsil commune communes island settlements hamlet
neighbourhoods neighborhoods
""".split())

#: lower-case words between a camp's name and ``camp`` (``the Zamzam displacement camp``)
CAMP_MODIFIERS = frozenset("refugee refugees displacement displaced idp idps military army".split())

#: phrases that announce a place just after them: (words..., evidence strength); ``site`` announces a place of no
#: set kind (``the island of``), which the resolver then neither takes for a town nor for a division
TRIGGERS_BEFORE = {
    ("town", "of"): "town", ("city", "of"): "town", ("village", "of"): "town",
    ("villages", "of"): "town", ("towns", "of"): "town", ("cities", "of"): "town",
    ("neighbourhood", "of"): "town", ("neighborhood", "of"): "town", ("district", "of"): "region",
    ("neighbourhoods", "of"): "town", ("neighborhoods", "of"): "town",
    ("municipality", "of"): "town", ("municipalities", "of"): "town",
    ("province", "of"): "region", ("governorate", "of"): "region", ("region", "of"): "region",
    ("state", "of"): "region", ("countryside", "of"): "near", ("outskirts", "of"): "near",
    ("vicinity", "of"): "near", ("suburbs", "of"): "near", ("suburb", "of"): "near", ("north", "of"): "near",
    ("south", "of"): "near", ("east", "of"): "near", ("west", "of"): "near",
    ("northwest", "of"): "near", ("northeast", "of"): "near", ("southwest", "of"): "near",
    ("southeast", "of"): "near", ("near",): "near", ("outside",): "near", ("around",): "near",
    ("camp", "of"): "town", ("area", "of"): "near", ("areas", "of"): "near", ("capital",): "town",
    ("settlement", "of"): "town", ("settlements", "of"): "town", ("hamlet", "of"): "town",
    ("commune", "of"): "town", ("township", "of"): "region", ("road", "to"): "town",
    ("territory", "of"): "region", ("territories", "of"): "region", ("districts", "of"): "region",
    ("provinces", "of"): "region", ("prefecture", "of"): "region", ("prefectures", "of"): "region",
    ("regions", "of"): "region", ("governorates", "of"): "region",
    ("parts", "of"): "region",  # parts of Wales: an area with parts, not the village that shares its name
    ("locality", "of"): "town", ("localities", "of"): "town", ("corregimiento", "of"): "town",
    ("surroundings", "of"): "near", ("environs", "of"): "near",
    # a place of no set kind: the island or the port itself, not a town that shares its name
    ("island", "of"): "site", ("islands", "of"): "site", ("port", "of"): "site",
}

#: nouns for the people living somewhere: ``residents of X`` names a place, and ``residents of X
#: said`` has the residents, not a person called X, as its speaker
INHABITANTS = frozenset("""
residents inhabitants villagers townspeople locals natives people citizens dwellers
resident inhabitant villager native
""".split())

#: prepositions that make a capitalised name after them likely a location
LOCATIVE = frozenset("in at from to into near across outside throughout toward towards through around within "
                     "between via reach reached entered besieged shelled bombed captured hit struck targeted "
                     "attacked stormed raided seized recaptured retook liberated evacuated fled visited "
                     "arrived inside".split())

NEAR_AFTER = frozenset("countryside outskirts suburbs vicinity area".split())

#: a place name followed by one of these names an event held there ("the Sochi Agreement"): still a place
EVENT_NOUNS = frozenset("""
agreement agreements accord accords talks process summit conference declaration protocol format memorandum
deal treaty ceasefire truce peace negotiations meeting meetings forum convention group massacre
""".split())

#: capitalised words after a place name that make the pair a brand, a venue or a street, not the place
ORG_HEADS = frozenset("""
times post journal herald tribune news gazette daily press magazine chronicle observer telegraph
airlines airways air university college institute bank corp corporation company inc ltd group fc united
rangers club hotel mall stadium arena street avenue road boulevard drive lane square way highway
motors records pictures studios bridge
motel motels restaurant cafe grill bakery construction contractors roofing funeral realty entertainment
casino resort apartments apartment theater theatre retirement shopping operating war cartel
""".split())

#: last words of an armed movement's or a party's name (``Tigray People's Liberation Front``)
MOVEMENT_HEADS = frozenset("front army movement alliance forces".split())
#: words inside a movement's name that make the name before them its namesake, not the place meant
#: (``Myanmar National Democratic Alliance Army``, ``Israel Defense Forces``)
MOVEMENT_WORDS = frozenset("""
people's peoples national democratic liberation popular revolutionary patriotic salvation resistance
defence defense
""".split())

#: plural words after ``Alliance of X``, ``League of X``: a bloc of states named by a region (``Alliance
#: of Sahel States``, ``League of Arab States``), not the region
BLOC_HEADS = frozenset("states nations countries".split())

#: lower-case words after a place name that make it the name of a pathogen or disease ("West Nile virus")
DISEASE_HEADS = frozenset("virus viruses fever flu influenza ebolavirus strain strains variant syndrome disease"
                          .split())

#: words that name groups, faiths, organisations or titles, never a place, whatever village shares the name
NOT_PLACES = frozenset("""
arab arabs kurd kurds kurdish jewish jews muslim muslims christian christians sunni sunnis shia shiite shiites
alawite druze islamic islamist islamists european europeans african africans asian asians western westerners
latino latina hispanic
god allah jesus christ hamas hezbollah hizbollah taliban isis isil daesh fatah houthi houthis nato
gov govt sgt pct sen rep gen col lt capt cpl pvt maj adm insp supt det dept
""".split()) | {"el nino", "la nina"}  # the climate patterns, not the Mexican or Spanish towns

#: capitalised words after a place name that make it the seat of an institution ("Columbus Police
#: Department", "Paris High School"): the place is meant, and the name is no person's
INSTITUTIONS = frozenset("""
police department dept council court county city school schools university college hospital fire sheriff
board commission public library high middle elementary memorial zoo airport bank chamber bureau
association society district office authority government assembly senate house legislature museum
health medical center centre regional community church cathedral mosque synagogue prison jail
""".split())

#: lower-case nouns after a possessive that belong to people, not places ("Wilder's estate", "Smith's head")
PERSONAL_NOUNS = frozenset("""
home house estate family wife husband son daughter mother father brother sister lawyer lawyers attorney
attorneys death arrest body car truck head campaign supporters administration office spokesman spokeswoman
friend friends girlfriend boyfriend children kids parents widow funeral trial conviction sentence
""".split())

#: capitalised words that, after a name, make a different and smaller place ("Tennessee Colony",
#: "Greer Station", "Palm Springs"): the first name alone is not meant
TOPO_HEADS = frozenset("""
colony springs falls heights creek hills hill park beach point junction crossing grove ridge station mills
mill landing bluff bluffs harbor harbour center centre corner corners gardens estates woods meadows lakes
bend ferry shoals flats acres plains settlement forest
""".split())

#: capitalised words that, in the name run after a place name, make it a public body acting there
#: ("Alexandria Police", "Florida Highway Patrol", "Aleppo City Council", "Kharkiv Regional
#: Administration", "Monroe Mayor Robert Routson"): the place is meant, unlike a brand's
PUBLIC_BODY_HEADS = frozenset("""
police policemen pd sheriff sheriffs firefighters council councilman councilwoman councillor councilor
councilmen municipality municipal commission commissioners ministry administration governorate prefecture
patrol coroner mayor governor selectman selectmen prosecutor prosecutors legislature parliament government
department dept authorities
""".split())

#: titles of an elected office written after the place the holder serves, before the holder's name
#: (``Georgia Gov. Brian Kemp``, ``Ohio Sen. Jane Roe``, ``Texas Attorney General Ken Paxton``)
OFFICE_TITLES = frozenset("gov governor lt sen senator rep congressman congresswoman assemblyman assemblywoman "
                          "attorney".split())

#: words that head a public body only after a qualifier ("Miami-Dade Fire Rescue", "Kanawha Circuit Court")
PUBLIC_BODY_SECOND_HEADS = frozenset("fire court assembly".split())

#: lower-case words right after a place name that name its public servants ("Henrico police", "Paris
#: firefighters")
PUBLIC_SERVANTS = frozenset("police firefighters sheriff council authorities".split())

#: a water body's or landform's head after a name (``Kishwaukee River``, ``the Dnipro river``,
#: ``Atlas Mountains``): the name alone also names towns, which are not meant
LANDFORM_HEADS = frozenset("""
river lake sea ocean mountains mountain range island islands peninsula desert gulf bay strait canal
valley plateau plain
""".split())

#: a water body's or landform's head before a name (``Lake Ontario``, ``Mount Hood``)
LANDFORM_PREFIXES = frozenset("lake mount mt loch lac".split())

#: Arabic words for a landform or a camp's hill that open a name (``Jabal al-Zawiya``, ``Ras Isa``,
#: ``Wadi Araba``): what follows is a place even when the gazetteer lacks it
ARABIC_LANDFORM_PREFIXES = frozenset("jabal jebel jbel wadi ras".split())

#: Arabic and Hebrew words for a spring, a house, a village or a monastery that open a settlement's name (``Ain
#: Zara``, ``Beit Awwa``, ``Kafr Lusin``, ``Deir Sharaf``): the pair is a place, not a given name and a surname,
#: and the gazetteer's short namesake (``Ain``) is not meant
ARABIC_PLACE_PREFIXES = frozenset("ain ein beit kafr kfar deir khirbet".split())

#: words before ``of the`` that make the name after them a river (``the right bank of the Dnipro``)
RIVER_BANKS = frozenset("bank banks riverbank".split())

#: last words of an armed force's, a militia's or a network's name after a place name (``Black Sea Fleet``,
#: ``Kachin Independence Army``, ``Jalisco New Generation Cartel``, ``Sudan Doctors Network``): the
#: organisation is meant, not the place (conflict annotators do not count it); no public body of a
#: place ends so (``Texas Army National Guard`` ends in Guard)
ORG_FINAL_HEADS = frozenset("""
fleet army armies forces force brigade brigades battalion battalions regiment militia militias cartel network
movement front corps command alliance independent plant
""".split())

#: heads a public body shares with an armed one (``Kharkiv Regional Military Administration``,
#: ``Deir ez-Zor Military Council``): with one of MILITARY_WORDS in the run they name the military body
MILITARY_BODY_HEADS = frozenset("administration council command".split())
#: ``Kurdistan Regional Government``: a regional government's own name (``Kharkiv Regional Administration``,
#: the public body, stays the place's)
REGIONAL_GOVERNMENT = ("regional", "government")

#: lower-case words after a place name that make it an armed group's namesake (``Fano militias``,
#: ``Fano fighters``); the place is meant only when it lies where the story is
ARMED_GROUP_NOUNS = frozenset("""
militia militias militiaman militiamen fighters fighter rebels rebel insurgents insurgent militants militant gunmen
""".split())

#: words after an acronym that make it an organisation acting or speaking (``IOM officials``,
#: ``the IOM said``, ``FLA sources``), not a place abbreviated
ACRONYM_ORG_AFTER = frozenset("""
said says say reported reports estimated estimates announced added stated warned told noted claimed
official officials spokesman spokeswoman spokesperson sources chief head staff fighters militants
convoy convoys soldiers troops commander commanders mission
""".split())

"""English stories of the demo web (original text written for this project; events are invented)."""

from __future__ import annotations

from functools import partial

from newscrawl_kit.replay.content import Story, story

_en = partial(story, language="en")

# Reused word for word by the OPEC+ follow-up (the English "follow-up" hard case).
_OPEC_BACKGROUND = (
    "The group has been unwinding a series of voluntary cuts in monthly steps since last year, while "
    "keeping the option to pause or reverse the increases if prices weaken sharply."
)

STORIES_EN: list[Story] = [
    _en(
        "en-canal-traffic",
        "reuters",
        "2026-10-06 09:40",
        "economy",
        "Suez Canal traffic picks up as more container lines return",
        [
            "ISMAILIA, Egypt (Reuters) - Traffic through the Suez Canal rose for a third straight month in "
            "September as several large container lines resumed regular sailings, the canal authority said on "
            "Tuesday.",
            "The authority said daily transits averaged close to 48 vessels, still below the levels seen before "
            "shipping was diverted around the Cape of Good Hope but well above the lows of last year.",
            "Two of the world's five biggest carriers have restored weekly Asia-Europe services through the "
            "waterway, according to shipping data reviewed by Reuters.",
            "Egypt relies on canal fees as one of its main sources of foreign currency, alongside tourism, "
            "remittances and natural gas exports.",
            "Insurers said war-risk premiums for Red Sea voyages had eased but remained several times higher than "
            "their historical average.",
        ],
        author="Nadia El-Sayed",
    ),
    _en(
        "en-gulf-rates",
        "reuters",
        "2026-10-28 14:05",
        "economy",
        "Gulf central banks hold rates after Fed pause",
        [
            "DUBAI (Reuters) - Central banks in Saudi Arabia, the United Arab Emirates, Qatar and Bahrain kept "
            "their main interest rates unchanged on Wednesday, mirroring the U.S. Federal Reserve's decision to "
            "pause.",
            "Most Gulf currencies are pegged to the dollar, so the region's monetary authorities usually follow "
            "moves by the Fed closely.",
            "Kuwait, which pegs its dinar to a basket of currencies, also left its discount rate on hold.",
            "Economists said lending growth in the region remained strong, driven by mortgages in Saudi Arabia "
            "and corporate borrowing tied to large infrastructure projects.",
        ],
        alt_title="Gulf states keep interest rates steady, following Fed",
        alt_lead="DUBAI (Reuters) - Saudi Arabia, the United Arab Emirates, Qatar and Bahrain held their benchmark "
        "interest rates on Wednesday after the U.S. Federal Reserve paused.",
    ),
    _en(
        "en-opec-output",
        "reuters",
        "2026-11-01 16:20",
        "economy",
        "OPEC+ agrees small output increase for December",
        [
            "LONDON (Reuters) - OPEC+ agreed on Sunday to raise oil output by a modest amount in December, "
            "sticking to a cautious approach as concerns about a supply glut weigh on prices.",
            "Eight member countries will add a combined 137,000 barrels per day, in line with the increase "
            "agreed for November, two sources familiar with the talks said.",
            _OPEC_BACKGROUND,
            "Brent crude futures have fallen about 10% since the start of the year, pressured by rising supply "
            "from producers outside the group and slowing demand growth in China.",
            "The group will meet again in early December to review market conditions.",
        ],
    ),
    _en(
        "en-opec-followup",
        "reuters",
        "2026-11-03 08:15",
        "economy",
        "Oil steadies as traders weigh OPEC+ decision",
        [
            "SINGAPORE (Reuters) - Oil prices steadied on Tuesday as traders weighed the OPEC+ decision to make "
            "only a small increase in output in December against signs of softer demand.",
            "Brent crude was up 12 cents at $63.40 a barrel by 0230 GMT, while U.S. West Texas Intermediate "
            "crude rose 9 cents.",
            _OPEC_BACKGROUND,
            "Analysts said the market would watch weekly U.S. inventory data and Chinese import figures for "
            "further direction.",
        ],
    ),
    _en(
        "en-jordan-water",
        "apnews",
        "2026-10-16 05:30",
        "world",
        "Jordan signs deal for desalination plant to pipe Red Sea water to Amman",
        [
            "AMMAN, Jordan (AP) — Jordan signed a contract on Friday for the first phase of a long-planned "
            "project to desalinate water from the Red Sea and pump it hundreds of kilometers north to the capital.",
            "Officials call the project a lifeline for one of the world's most water-scarce countries, where many "
            "households receive piped water only once or twice a week.",
            "The plant in the port city of Aqaba is expected to produce about 300 million cubic meters of "
            "drinking water a year once it is fully running.",
            "Water Ministry officials said the pipeline would take about four years to build and that the "
            "government would subsidize part of the cost so household bills do not rise sharply.",
            "Environmental groups have welcomed the plan but urged authorities to make sure the brine produced "
            "by desalination does not harm coral reefs in the Gulf of Aqaba.",
        ],
        author="Omar Akour",
    ),
    _en(
        "en-lebanon-power",
        "apnews",
        "2026-10-17 09:10",
        "world",
        "Beirut gets more hours of state electricity after fuel shipment",
        [
            "BEIRUT (AP) — Lebanon's state electricity company said Saturday it will supply the capital with up "
            "to 10 hours of power a day after a fuel shipment was unloaded at a coastal plant.",
            "For years, most Lebanese have relied on private generators to cover long daily blackouts, paying "
            "monthly fees that rise with the price of diesel.",
            "Residents welcomed the increase but said they had seen similar improvements fade within weeks when "
            "fuel ran out.",
            "The World Bank has said reform of the power sector is essential to Lebanon's economic recovery.",
        ],
    ),
    _en(
        "en-saudi-dates",
        "apnews",
        "2026-10-21 07:00",
        "gulf",
        "At a Saudi date festival, farmers bet on new export markets",
        [
            "BURAIDAH, Saudi Arabia (AP) — Trucks piled with crates of dates line up before dawn at one of the "
            "world's largest date markets, where buyers from across the Gulf bargain over dozens of varieties.",
            "Farmers at the annual festival say prices have held up this year, helped by growing demand from "
            "Asia and Europe for premium varieties sold as healthy snacks.",
            "Saudi Arabia is among the world's top date producers, with tens of millions of palm trees, and the "
            "government has set targets to raise exports of processed dates.",
            "Some younger growers are experimenting with date syrup, paste and chocolate-covered products to "
            "reach supermarket shelves abroad.",
            '"My father sold everything here in the market," one farmer said. "Now half of my harvest goes '
            'into packaging for export."',
        ],
    ),
    _en(
        "en-museum-record",
        "theguardian",
        "2026-10-26 11:00",
        "culture",
        "Grand Egyptian Museum draws record crowds as Tutankhamun galleries prove a hit",
        [
            "The Grand Egyptian Museum near the pyramids of Giza has recorded its busiest day since opening, "
            "with more than 18,000 tickets sold, as visitors queue to see the complete Tutankhamun collection.",
            "Museum officials said most visitors were foreign tourists, many arriving on day trips from Cairo "
            "hotels, but school groups from across Egypt have also been a regular sight.",
            "The building, years in the making, displays the boy king's treasures together for the first time, "
            "including his golden mask, chariots and funerary furniture.",
            "Managers are considering a timed-entry booking system to ease queues at the gates during the "
            "winter high season.",
        ],
        author="Ruth Michaelson",
    ),
    _en(
        "en-cop-talks",
        "theguardian",
        "2026-11-09 18:30",
        "world",
        "Cop31 opens in Antalya with finance pledges under scrutiny",
        [
            "The Cop31 climate summit opened in the Turkish resort city of Antalya on Monday, with developing "
            "countries pressing wealthy nations to show how they will meet promises on climate finance.",
            "Delegates from nearly 200 countries are expected to spend two weeks negotiating over emissions "
            "targets, adaptation funding and the phase-out of fossil fuels.",
            "Several Arab delegations said they wanted more support for water security projects, warning that "
            "droughts and heatwaves were already cutting harvests across the region.",
            "Campaigners outside the venue called for an end to new oil and gas licences, while industry groups "
            "argued that carbon capture had to be part of any deal.",
            "Negotiators said the first week would focus on technical texts before ministers arrive.",
            "The summit is due to close on 20 November, although talks have often run over schedule in "
            "previous years.",
        ],
        author="Fiona Harvey",
    ),
    _en(
        "en-amman-schools",
        "theguardian",
        "2026-11-04 07:45",
        "world",
        "Double shifts and crowded classrooms: Amman's schools stretch to teach refugee children",
        [
            "At a girls' school in east Amman, the morning bell rings at seven for Jordanian pupils, and again "
            "at noon for a second shift made up mostly of Syrian refugee children.",
            "Teachers say the double-shift system has kept thousands of children in education, but it leaves "
            "little time for sport, art or extra help for those who fell behind during years of displacement.",
            "Jordan hosts one of the largest refugee populations in the world relative to its size, and aid "
            "cuts this year have forced some charities to close learning centres.",
            '"The children are eager, but we have 45 in a class," said one maths teacher. "You cannot reach '
            'everyone."',
            "The education ministry says it plans to build new schools in the areas under most pressure, funded "
            "partly by international donors.",
        ],
    ),
    _en(
        "en-agg-desert-rally",
        None,
        "2026-11-11 10:30",
        "sports",
        "Desert rally drivers prepare for winter season in the Gulf",
        [
            "Rally teams are arriving in the Gulf for the start of the winter desert season, with the first "
            "round of the regional championship due to start next week.",
            "Organisers said the route would cross about 600 kilometres of dunes and gravel tracks over three "
            "days, with a service park near the start line.",
            "Several teams have switched to hybrid vehicles this year, hoping to cut fuel use without losing "
            "speed on the long stages.",
            "Spectator zones will be set up at two points along the course, and organisers urged fans to "
            "follow safety instructions.",
        ],
        zone="Asia/Dubai",
    ),
]

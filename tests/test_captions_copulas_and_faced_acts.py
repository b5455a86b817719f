"""Details the twenty-second session's probe rounds showed, with the real models: captions credited "Photo: Name/
Agency", a thing denied with a copula, a penalty faced or a step weighed against one taken, a place a firm is
"based" in, bare figures in the same words, and summaries that round, double or turn a loss into a profit."""

from __future__ import annotations

from service.pipeline.run import Models
from service.pipeline.segment import segment
from service.pipeline.types import Article, ClaimKind
from tests.test_edited_copies import kinds_of as kinds
from tests.test_summaries import PAD, kinds_against


def test_a_caption_credited_after_photo_is_a_caption() -> None:
    text = ("WELLINGTON, New Zealand - The regulator fined two supermarket chains on Tuesday, it said.\n\n"
            "Shoppers at a store in Lower Hutt on Tuesday. The chain was fined NZ$31 million. "
            "Photo: Hagen Marsh/Getty Images\n\nThe fines go to the government.")
    typed = [(c.kind, c.text) for c in segment(Article(id="a", source="a", text=text), 0)]
    assert (ClaimKind.CAPTION, "The chain was fined NZ$31 million.") in typed
    assert (ClaimKind.CREDIT, "Photo: Hagen Marsh/Getty Images") in typed
    assert (ClaimKind.CLAIM, "The fines go to the government.") in typed


def test_weighed_or_faced_against_done_in_other_verbs(models: Models) -> None:
    swap = ("Finance Minister Lee Dong-hoon said the government was also considering a currency swap line with the "
            "national pension fund.")
    assert kinds(swap, "The government had also set up a currency swap line with the national pension fund, "
                       "Finance Minister Lee Dong-hoon said.", models) == ["status"]
    assert kinds(swap, "The government was also weighing a currency swap line with the national pension fund, "
                       "Finance Minister Lee Dong-hoon said.", models) == []
    title = "Kiprop faces the loss of his Rotterdam title and 40,000 euros in prize money."
    assert kinds(title, "The Kenyan has been stripped of his Rotterdam title and 40,000 euros in prize money.",
                 models) == ["status"]


def test_places_dates_and_figures_in_the_same_words(models: Models) -> None:
    assert kinds("Harbour Bank, which is based in Dunedin, agreed to the deal in March.",
                 "Christchurch-based Harbour Bank accepted the offer in March.", models) == ["entity"]
    assert kinds("The first case was reported on Jan. 28, 2025, at Westbrook Elementary School.",
                 "The first case, reported on Jan. 23, 2025, was at Westbrook Elementary School.", models) == ["date"]
    jobs = "The shipyard won a £1.2 billion contract, securing about 1,100 jobs and creating 400 more."
    assert kinds(jobs, jobs.replace("400", "300"), models) == ["number"]
    talks = ("Under a proposal discussed in Bergen last month, the coastal states would have shared a catch of "
             "852,000 tonnes, but talks collapsed after the Faroe Islands walked out.")
    assert kinds(talks, talks.replace("the Faroe Islands", "Iceland"), models) == ["entity"]


def test_opposites_and_a_denied_complement(models: Models) -> None:
    shifts = "The union said the company wanted to lengthen shifts for engineers and conductors."
    assert kinds(shifts, shifts.replace("lengthen", "shorten"), models) == ["contradiction"]
    ruling = "Chief Executive Sophie Lang said the board was disappointed by the ruling."
    assert kinds(ruling, ruling.replace("was disappointed by", "welcomed"), models) == ["contradiction"]
    result = "Whitcomb said in a statement that she would not contest the result."
    assert kinds(result, result.replace("would not contest", "would accept"), models) == []


def test_what_a_summary_may_round_or_restate(models: Models) -> None:
    ferry = ("KOTA KINABALU, Malaysia - An inquiry found that the ferry was carrying nearly twice its licensed "
             "number of passengers when it capsized in June, killing 31 people." + PAD)
    assert kinds_against(ferry, "An inquiry concluded the ferry was carrying almost double its licensed load when "
                                "it capsized in June, killing 31.", models) == []
    reef = ("SUVA, Fiji - About 64 percent of the coral surveyed on the reef has bleached, and about 11 percent has "
            "died, the survey found." + PAD)
    assert kinds_against(reef, "Roughly two-thirds of the coral surveyed has bleached and more than a tenth has "
                               "died.", models) == []
    club = ("ASHBRIDGE, England - Ashbridge Town have agreed a takeover by Calder Peak Capital, ending the Whitcombe "
            "family's 38-year ownership of the club, both sides announced on Tuesday." + PAD)
    assert kinds_against(club, "Calder Peak Capital has agreed to buy Ashbridge Town, ending nearly four decades "
                               "of Whitcombe family ownership.", models) == []


def test_what_a_summary_packs_from_another_sentence(models: Models) -> None:
    club = ("ASHBRIDGE, England - Ashbridge Town have agreed a £140 million takeover by Calder Peak Capital, both "
            "sides announced on Tuesday.\n\nThe club reported a pre-tax loss of £22.4 million for the year to June "
            "2020, its third consecutive annual loss." + PAD)
    assert kinds_against(club, "Calder Peak Capital has agreed to buy Ashbridge Town for £140 million, and the "
                               "club made a profit of more than £22 million in the year to June 2020.",
                         models) == ["contradiction"]
    grid = ("ADELAIDE, Australia - Rolling blackouts cut power to 180,000 homes on Tuesday as the temperature hit a "
            "record 47.1 degrees.\n\nThe state government says the closure of the Port Clement coal plant was not "
            "a factor." + PAD)
    assert kinds_against(grid, "Rolling blackouts cut power to 180,000 homes on Tuesday, and the state government "
                               "said the closure of the Port Clement coal plant was a factor.", models) == ["negation"]
    fine = ("WELLINGTON, New Zealand - The regulator fined ValueMart NZ$17.5 million for fixing prices.\n\nValueMart "
            "cooperated with the investigation, which earned it a 30 per cent reduction in its penalty." + PAD)
    assert set(kinds_against(fine, "ValueMart was fined NZ$17.5 million for fixing prices, with its penalty increased "
                                   "by 30 per cent although it cooperated.", models)) == {"contradiction"}


def test_what_is_only_possible_or_suggested(models: Models) -> None:
    lane = "Governor Rodolfo Arce said one lane of the highway could reopen by Saturday if the weather held."
    assert kinds(lane, "Governor Rodolfo Arce said crews had reopened one lane of the highway.", models) == ["status"]
    assert kinds("Arce said he could not reach the stranded drivers.", "Arce said he could not reach the stranded "
                                                                     "motorists.", models) == []
    door = "The zoo said preliminary findings suggested a keeper had failed to secure a sliding door."
    assert kinds(door, door.replace("preliminary findings suggested", "an investigation concluded"), models) == [
        "status"]
    assert kinds(door, "The zoo said a keeper had apparently failed to secure a sliding door.", models) == []


def test_a_place_with_its_country_fills_the_same_slot(models: Models) -> None:
    crash = ("LLEIDA, Spain - Nine riders were taken to hospital after the team bus overturned on the A-2 motorway "
             "near Lleida on Monday afternoon, emergency services said.\n\nThe bus was travelling from the team's "
             "base in Girona." + PAD)
    assert kinds_against(crash, "Nine riders were taken to hospital after the team bus overturned on the A-2 "
                                "motorway near Girona, Spain, on Monday.", models) == ["entity"]
    assert kinds_against(crash, "Nine riders were taken to hospital after the team bus overturned on the A-2 "
                                "motorway near Lleida, Spain, on Monday.", models) == []


def test_what_the_review_of_these_rules_proved(models: Models) -> None:
    # a charge faced has been brought; a further sanction may follow one imposed
    assert kinds("Smith faces charges of fraud and money laundering, prosecutors said on Tuesday.",
                 "Smith has been charged with fraud and money laundering, prosecutors said on Tuesday.", models) == []
    assert kinds("Ministers are considering further sanctions on Russian banks, officials said.",
                 "Ministers have already imposed sanctions on Russian banks, officials said.", models) == []
    # "could" with "once" or "if" tells what was possible then
    assert kinds("Passengers said they could only leave the plane once the fire was put out on Sunday.",
                 "Passengers said they left the plane once the fire was put out on Sunday.", models) == []
    assert kinds("Official figures suggested the economy grew 0.3% in the second quarter.",
                 "Official figures showed the economy grew 0.3% in the second quarter.", models) == []
    assert kinds("It was reported on Monday that the minister had resigned on Sunday.",
                 "The minister resigned on Sunday, it was reported on Tuesday.", models) == []
    assert kinds("The gunman opened fire about a quarter mile from the school, police said.",
                 "The gunman opened fire about 400 metres from the school, police said.", models) == []
    assert kinds("Storms cut power to more than 100,000 homes on Sunday, the utility said.",
                 "Storms cut power to about 190,000 homes on Sunday, the utility said.", models) == ["number"]
    body = ("Mr Brown said the scheme had been a success.\n\nThe scheme has cost £40 million so far, ministers said "
            "on Monday. Photograph: Stefan Rousseau/PA\n\nCritics said the money would be better spent elsewhere.")
    assert kinds(body, body.replace("£40 million", "£90 million").replace(" Photograph: Stefan Rousseau/PA", ""),
                 models) == ["number"]


def test_summaries_the_review_of_these_rules_proved(models: Models) -> None:
    trade = ("GENEVA - Exports to Europe increased 5% in March while imports from China fell 5%, the statistics "
             "office said." + PAD)
    assert kinds_against(trade, "Imports from China saw a 5% decrease in March.", models) == []
    assert "contradiction" in kinds_against(trade, "Exports to Europe saw a 5% decrease in March.", models)
    nurses = ("EDINBURGH - The number of nurses increased by 10 per cent last year, while waiting times fell by 10 "
              "per cent, the health board said on Tuesday." + PAD)
    assert kinds_against(nurses, "The health board reported a 10 per cent reduction in waiting times last year.",
                         models) == []
    court = ("LEEDS, England - The man had been arrested twice before, police said. The court fined him £5,000, the "
             "usual penalty for the offence." + PAD)
    assert "number" in kinds_against(court, "The court fined the man double the usual penalty for the offence.",
                                     models)

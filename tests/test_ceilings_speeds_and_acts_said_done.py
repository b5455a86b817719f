"""Details the seventeenth session's probe batch showed misread or missed, with the real models: a ceiling a figure
passes ("no more than 46 percent"), speeds and hyphenated weights converted, a month in "mid-", a denial moved to
"no", speakers of other kinds and sources credited otherwise, a plan against a vote, a quotation that goes on, a
loan's direction, and, in summaries, an act said done that the source only plans."""

from __future__ import annotations

from service.pipeline.quantities import find_quantities
from service.pipeline.run import Models
from tests.test_edited_copies import kinds_and_words
from tests.test_summaries import PAD, kinds_against


def kinds(first: str, second: str, models: Models) -> list[str]:
    return [kind for kind, _, _ in kinds_and_words(first, second, models)]


def test_speeds_weights_and_shares_read_as_written() -> None:
    assert [(q.value, q.unit) for q in find_quantities("limited to 20 mph (32 km/h) in the old town")] == [
        (20.0, "mph"), (32.0, "km/h")]
    assert [(q.value, q.unit) for q in find_quantities("a 2.2-pound camera")] == [(2.2, "lb")]
    assert [(q.value, q.unit) for q in find_quantities("cut plastic waste by nearly four-fifths within two years")][
        0] == (80.0, "%")
    assert [q.unit for q in find_quantities("cut rates by three-quarters of a percentage point")] != ["%"]
    assert [q.unit for q in find_quantities("some 40 crew members were rescued")] == ["crew"]


def test_ceilings_conversions_and_months(models: Models) -> None:
    offer = "The owners offered to cap the players' share of revenue at 51 percent, the league said."
    assert kinds(offer, "Under the owners' offer, players would get no more than 49 percent of revenue, the league "
                        "said.", models) == ["number"]
    assert kinds(offer, "Under the owners' offer, players would get no more than 53 percent of revenue, the league "
                        "said.", models) == []
    probe = "The probe, which carried a 2-kilogram camera, drifted some 400 kilometres before it landed."
    assert kinds(probe, probe.replace("2-kilogram", "4.4-pound"), models) == []
    limit = "Drivers must keep to 30 mph in the village centre, the council said."
    assert kinds(limit, limit.replace("30 mph", "30 mph (48 km/h)"), models) == []
    levy = "A similar charge cut the use of plastic bags by more than 80 percent within a year, the ministry said."
    assert kinds(levy, levy.replace("80 percent", "four-fifths"), models) == []
    drain = "Engineers plan to start pumping water out of the mine in mid-March, the operator said."
    assert kinds(drain, drain.replace("in mid-March", "from mid-April"), models) == ["date"]


def test_denials_moved_speakers_and_sources(models: Models) -> None:
    paid = "The club's president said it had not received a single payment since the player left in 2021."
    assert kinds_and_words(paid, paid.replace("had not received a single", "had received no"), models) == []
    assert kinds(paid, paid.replace("had not received a single", "had received a single"), models) == ["negation"]
    crash = "No one was hurt and the debris fell into the sea, the operator said."
    assert kinds(crash, crash.replace("the operator said", "the aviation ministry said"), models) == ["attribution"]
    fees = ("Owners will pay a fee of 500 pounds per flat for a five-year licence, and those who fail to register "
            "face fines of up to 20,000 pounds, according to a council report.")
    assert kinds(fees, fees.replace("a council report", "the Residential Landlords Association"), models) == [
        "attribution"]
    assert kinds(fees, fees.replace("a council report", "the Bristol City Council report"), models) == []


def test_plans_votes_quotations_and_directions(models: Models) -> None:
    wage = "The mayor said the council planned to raise the minimum wage to $17.50 in January."
    assert kinds(wage, wage.replace("planned to raise", "had voted to raise"), models) == ["status"]
    rate = "The bank raised rates by half a point, more than most economists had forecast."
    assert kinds(rate, rate.replace("had forecast", "had expected"), models) == []
    launch = '"We did not get to orbit, but we learned a lot, and we will launch again," the company\'s chief said.'
    assert kinds(launch, launch.replace("launch again,", "launch again next month,"), models) == ["quote"]
    items = "Twelve of the masks will stay in Leeds on a five-year loan from Nigeria, the museum said."
    assert kinds(items, items.replace("loan from Nigeria", "loan to Nigeria"), models) == ["contradiction"]
    glacier = ("The hydrologist, Maya Rai, warned of floods. She said the glacier had been melting faster in recent "
               "years.")
    assert "contradiction" in kinds(glacier, glacier.replace("melting faster", "melting more slowly"), models)


def test_acts_weighed_alleged_and_counted(models: Models) -> None:
    fines = ("The council is expected to vote next week on a proposal to fine operators up to 20,000 euros for "
             "running without a permit, a councillor said.")
    assert "status" in kinds(fines, "A councillor said the council had voted to fine operators up to 20,000 euros "
                                    "for running without a permit.", models)
    salvage = "The firm has been accused by Greek officials of removing coins from the wreck without a permit."
    assert "status" in kinds(salvage, "Greek officials have confirmed that the firm removed coins from the wreck "
                                      "without a permit.", models)
    rescue = "A helicopter lifted 20 passengers off the ship, and the other 50 passengers and 60 crew members waited."
    assert kinds(rescue, rescue.replace("60 crew members", "69 crew"), models) == ["number"]
    levee = "Officials did not rule out a breach before the rainy season ends in October."
    assert kinds_and_words(levee, levee.replace("did not rule out", "ruled out"), models) == [
        ("negation", "did not rule", "ruled")]


BOARD = ("Superintendent Ana Ruiz said the district would not pay the $800,000 ransom that hackers demanded. School "
         "board chair Tom Ellis said the board would approve emergency spending of up to $150,000 for the recovery "
         "at a special meeting on Friday. Her deputy, Carl Ng, said the schools would reopen on Monday. "
         "\"We will get there,\" he said." + PAD)


def test_summaries_held_to_plans_and_sums(models: Models) -> None:
    assert kinds_against(BOARD, "The school board has approved up to $150,000 in emergency spending for the "
                                "recovery.", models) == ["status"]
    assert kinds_against(BOARD, "The school board will meet on Friday to approve up to $150,000 in emergency "
                                "spending.", models) == []
    assert kinds_against(BOARD, "The district has refused to pay an $800,000 ransom.", models) == []
    assert kinds_against(BOARD, "The district says it will not pay the $800,000 ransom demand.", models) == []
    assert kinds_against(BOARD, "Carl Ng said the schools would reopen on Monday.", models) == []
    schools = ("The order covers about 41,000 public schools and 9,000 private schools, the minister said." + PAD)
    assert kinds_against(schools, "About 50,000 public and private schools were ordered to close.", models) == []
    fuel = ("The government wants to raise the tax on diesel by 5 cents per litre and on petrol by 3 cents." + PAD)
    assert kinds_against(fuel, "The government wants to raise fuel tax by 8 cents per litre.", models) == ["number"]

"""Captions and picture credits in the forms outlets write them: a line labelled "Caption:", a line closed by
its picture's credit ("(KMRT photo)", "Photo by Marcus Lee"), or followed by a line that only credits the picture
("Photograph: Sam Boal/PA", "Credit: Getty Images", "Pic: Cumbria Police"), when it is short and present-tense;
bylines of the form "Business reporter: Tom Aldridge" and wire credits "(Reporting by ...; Editing by ...)". Not a
sentence that opens on "Credit:" or a transcript's "Reporter:". None of them is a unique detail."""

from __future__ import annotations

from service.pipeline.segment import segment
from service.pipeline.types import Article, ClaimKind


def test_a_paragraph_labelled_as_a_caption_is_a_caption() -> None:
    text = ("Westbridge United signed Kofi Asante on Friday.\n\n"
            "Caption: Kofi Asante holds up a Westbridge shirt at the club's training ground.\n\n"
            "Above all, the fee matters to the club.")
    kinds = [c.kind for c in segment(Article("a", "A", text), 0)]
    assert kinds == [ClaimKind.CLAIM, ClaimKind.CAPTION, ClaimKind.CLAIM]
    labelled = "Westbridge United signed Kofi Asante.\n\nCaption: Asante at the club. Credit: Getty Images\n\nEnd."
    assert [(c.kind, c.text) for c in segment(Article("a", "A", labelled), 0)][1] == (
        ClaimKind.CAPTION, "Caption: Asante at the club. Credit: Getty Images")


def test_picture_credits_and_the_captions_they_close() -> None:
    text = ("Skylark Airways cancelled 430 flights on Friday, the airline said.\n"
            "Skylark Airways aircraft on the apron at Dublin Airport.\n"
            "Photograph: Sam Boal/Leinster Herald\n"
            "Parents hold signs outside the district office on Tuesday. (KMRT photo)\n"
            "A pharmacist holds a box of tablets.\n"
            "Credit: Getty Images\n"
            "Smoke rises over Black Butte on Tuesday evening. Photo by Marcus Lee\n"
            "Work on new paving is scheduled to start in January.\n"
            "Photo: Flooded streets in Port Aransas. Credit: Mike Dunn/Herald\n"
            "Business reporter: Tom Aldridge\n"
            "(Reporting by Ciara Walsh; Editing by Mark Potter)")
    pieces = [(c.kind.value, c.text) for c in segment(Article("a", "A", text), 0)]
    assert pieces == [
        ("claim", "Skylark Airways cancelled 430 flights on Friday, the airline said."),
        ("caption", "Skylark Airways aircraft on the apron at Dublin Airport."),
        ("credit", "Photograph: Sam Boal/Leinster Herald"),
        ("caption", "Parents hold signs outside the district office on Tuesday."),
        ("credit", "(KMRT photo)"),
        ("caption", "A pharmacist holds a box of tablets."),
        ("credit", "Credit: Getty Images"),
        ("caption", "Smoke rises over Black Butte on Tuesday evening."),
        ("credit", "Photo by Marcus Lee"),
        ("claim", "Work on new paving is scheduled to start in January."),  # its picture has a caption of its own
        ("credit", "Photo: Flooded streets in Port Aransas. Credit: Mike Dunn/Herald"),
        ("credit", "Business reporter: Tom Aldridge"),
        ("credit", "(Reporting by Ciara Walsh; Editing by Mark Potter)"),
    ]


def test_credit_forms_and_lines_that_only_look_like_credits() -> None:
    text = ("Floods hit the town on Monday.\n"
            "Insurers said claims would exceed 40 million pounds.\n"
            "Images: Getty\n"
            "Credit: Consumer credit rose by 1.5 billion pounds in May, the Bank of England said.\n"
            "Reporter: What did you see that night?\n"
            "A flooded street in Carlisle.\n"
            "Photo credit: Jane Doe/Reuters\n"
            "Residents wade through water on Monday. (Photo by Jane Doe/Getty Images)\n"
            "A rescue boat on the river.\n"
            "Pic: Cumbria Police")
    assert [c.kind.value for c in segment(Article("a", "A", text), 0)] == [
        "claim", "claim", "credit", "claim", "claim", "caption", "credit", "caption", "credit", "caption", "credit"]

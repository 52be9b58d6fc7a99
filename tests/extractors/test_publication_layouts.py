"""Publication lists that put the title first without a reference style: "Title. Names. Venue
Year.", "[Venue Year] Title. Names.", "Title, by Names (Venue Year)", a linked title with its
names and venue on lines parted by HTML breaks, and a title line over a names line over a
venue line; read through the scan's units, so the triggers are tested too. Invented lists,
with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def scanned(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}


THREE = {
    ("Lindqvist", "Tidal mixing in shallow fjords"),
    ("Okafor", "Sediment plumes after spring floods"),
    ("Brandt", "Counting eelgrass from drone images"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Tidal mixing in shallow fjords. Eva Lindqvist, Tomas Brandt. Estuar. Coast. 2021. [pdf]\n"
        "Sediment plumes after spring floods. Chidi Okafor, Eva Lindqvist. Hydrol. 2020. [pdf]\n"
        "Counting eelgrass from drone images. Tomas Brandt. Remote Sens. 2019. [code]\n",
        "[EGU 2021] Tidal mixing in shallow fjords. Eva Lindqvist, Tomas Brandt.\n"
        "[AGU 2020] Sediment plumes after spring floods. Chidi Okafor, Eva Lindqvist.\n"
        "[IGARSS 2019] Counting eelgrass from drone images. Tomas Brandt.\n",
        "* Tidal mixing in shallow fjords, by Eva Lindqvist and Tomas Brandt (EGU 2021)\n"
        "* Sediment plumes after spring floods, by Chidi Okafor and Eva Lindqvist (AGU 2020)\n"
        "* Counting eelgrass from drone images, by Tomas Brandt (IGARSS 2019)\n",
        "- [Tidal mixing in shallow fjords](https://example.org/a.pdf)<br>*Eva Lindqvist, "
        "Tomas Brandt*<br>Estuaries 2021\n"
        "- [Sediment plumes after spring floods](https://example.org/b.pdf)<br>*Chidi Okafor, "
        "Eva Lindqvist*<br>Hydrology 2020\n"
        "- [Counting eelgrass from drone images](https://example.org/c.pdf)<br>*Tomas Brandt*"
        "<br>Remote Sensing 2019\n",
        "Publications\n\nTidal mixing in shallow fjords\nEva Lindqvist, Tomas Brandt\n"
        "Estuaries and Coasts 2021\n\nSediment plumes after spring floods\nChidi Okafor, Eva "
        "Lindqvist\nHydrology 2020\n\nCounting eelgrass from drone images\nTomas Brandt\n"
        "Remote Sensing 2019\n",
        "**Tidal mixing in shallow fjords**\nEva Lindqvist, Tomas Brandt\nEstuaries, 2021\n\n"
        "**Sediment plumes after spring floods**\nChidi Okafor and Eva Lindqvist\nHydrology, "
        "2020\n\n**Counting eelgrass from drone images**\nTomas Brandt\nRemote Sensing, 2019\n",
    ],
)
def test_title_first_publication_layouts(text):
    assert scanned(text) == THREE


@pytest.mark.parametrize(
    "text",
    [
        # a squad list: the years are inside the names' brackets, no venue follows the names
        "Forwards: Ivo Marek (b. 2006), Jan Novak (b. 2007)\n"
        "Defenders: Petr Dvorak (b. 2006), Ales Holub (b. 2007)\n",
        # a changelog's credits: no year, no link, no emphasis
        "Fixed the export dialog. Eva Lindqvist, Tomas Brandt.\n"
        "Added a dark theme. Chidi Okafor.\n",
        # a bracketed date in prose is no venue's tag
        "The station reopened (May 2021) after the floods. Eva Lindqvist, Tomas Brandt.\n",
    ],
)
def test_near_misses(text):
    assert scanned(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Session 2B: Coasts\n"
        "Paper 41: Tidal mixing in shallow fjords - Eva Lindqvist, Tomas Brandt\n"
        "Paper 47: Sediment plumes after spring floods - Chidi Okafor, Eva Lindqvist\n"
        "Paper 52: Counting eelgrass from drone images - Tomas Brandt\n",
        'Eva Lindqvist, Tomas Brandt – "Tidal mixing in shallow fjords"\n'
        'Chidi Okafor, Eva Lindqvist – "Sediment plumes after spring floods"\n'
        'Tomas Brandt – "Counting eelgrass from drone images"\n',
        "09:00\tTidal mixing in shallow fjords\tEva Lindqvist, Tomas Brandt\n"
        "09:20\tSediment plumes after spring floods\tChidi Okafor, Eva Lindqvist\n"
        "09:40\tCounting eelgrass from drone images\tTomas Brandt\n",
        # a plain hyphen between the title and its speakers after a time slot
        "09:00-09:20  Tidal mixing in shallow fjords - Eva Lindqvist, Tomas Brandt\n"
        "09:20-09:40  Sediment plumes after spring floods - Chidi Okafor, Eva Lindqvist\n"
        "09:40-10:00  Counting eelgrass from drone images - Tomas Brandt\n",
        "Accepted Papers\n"
        "Tidal mixing in shallow fjords\n"
        "Eva Lindqvist (University of Bergen); Tomas Brandt (NTNU)\n"
        "Sediment plumes after spring floods\n"
        "Chidi Okafor (NTNU); Eva Lindqvist (University of Bergen)\n"
        "Counting eelgrass from drone images\n"
        "Tomas Brandt (Aarhus University)\n",
    ],
)
def test_programme_layouts(text):
    assert scanned(text) == THREE


@pytest.mark.parametrize(
    "text",
    [
        # a timetable of rooms and chairs, not talks and speakers
        "09:00\tRegistration and coffee\tFoyer\n09:30\tOpening remarks\tMain hall\n",
        # a cast list with a dash before a quoted line of dialogue: one word each
        'Guard – "Halt!"\nKing – "Who goes there?"\n',
        # sentence-case lines over names without a papers heading or a venue: a team page
        "Leads the field work\nEva Lindqvist, Tomas Brandt\nRuns the lab\nChidi Okafor\n",
        # a track list numbers its songs, and a hyphen parts a song from its singer
        "01  Harbour Lights at Midnight - Eva Lindqvist\n02  Rain on the Northern Road - "
        "Tomas Brandt\n",
        # a station's playlist times its songs as a programme times its talks
        "Sunday playlist\n14:40  Harbour Lights at Midnight – Eva Lindqvist\n"
        "14:44  Rain on the Northern Road – Tomas Brandt\n",
    ],
)
def test_programme_near_misses(text):
    assert scanned(text) == set()


def test_a_reference_list_set_as_a_table_with_a_number_cell():
    text = (
        "## References\n\n"
        "| [1] | Ilse Marten and Ravi Anand. 2022. Coupled tidal models for estuaries. "
        "Ocean Modelling 170 (2022). |\n"
        "| [2] | Oskar Lind. 2019. Sediment transport in braided rivers. Water Resources "
        "Research 55 (2019). |\n"
    )
    assert scanned(text) == {
        ("Lind", "Sediment transport in braided rivers"),
        ("Marten", "Coupled tidal models for estuaries"),
    }


def test_near_miss_a_table_of_names_before_a_linked_title_in_another_cell():
    # the first cell names a model, the authors stand in the title's cell
    text = (
        "Model | Paper | Year\n--- | --- | ---\n"
        "TideNet | [Coupled tidal models for estuaries](https://arxiv.org/abs/2201.00001) "
        "(Marten et al.) | 2022\n"
    )
    assert scanned(text) == set()

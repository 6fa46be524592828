"""Events' calendars read by a real iCalendar parser (the `icalendar` package): times in the
event's time zone across daylight saving changes, cancellations, RFC 5545 line rules; and the
event pages in the browser."""
import datetime
from pathlib import Path

import pytest

from conftest import ROOT, built_site
from pages import PAGE_TYPES

icalendar = pytest.importorskip("icalendar", reason="SKIPPED LOUDLY: icalendar is not installed (Tests/browser/requirements.txt)")

GOLDEN = ROOT / "Tests" / "RepereSiteTests" / "Golden" / "events" / "input"
REFERENCE = "1796515200"  # 2026-12-06T00:00:00Z
UTC = datetime.timezone.utc


@pytest.fixture(scope="module")
def events_site():
    with built_site(GOLDEN, env={"SOURCE_DATE_EPOCH": REFERENCE}) as folder:
        yield folder


def read(path):
    data = Path(path).read_bytes()
    return data, icalendar.Calendar.from_ical(data)


def events(calendar):
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_times_convert_to_the_right_utc_across_daylight_saving_changes(events_site):
    _, calendar = read(events_site / "webinaires.ics")
    found = events(calendar)
    campagne = found["webinaires-campagne-2027@aide.exemple.fr"]
    # 28 March 2027: summer time has started at 02:00 in Paris, so 14:00 is 12:00 UTC.
    assert campagne.decoded("DTSTART").astimezone(UTC) == datetime.datetime(2027, 3, 28, 12, 0, tzinfo=UTC)
    assert campagne.decoded("DTEND").astimezone(UTC) == datetime.datetime(2027, 3, 28, 13, 30, tzinfo=UTC)
    assert str(campagne.decoded("DTSTART").tzinfo) in ("Europe/Paris", "CEST") or campagne["DTSTART"].params["TZID"] == "Europe/Paris"
    reunion = found["webinaires-reunion@aide.exemple.fr"]
    assert reunion.decoded("DTSTART").astimezone(UTC) == datetime.datetime(2027, 10, 31, 5, 0, tzinfo=UTC)
    assert str(reunion["LOCATION"]) == "Rectorat de La Réunion, Saint-Denis"
    # Past events are not in the site's calendar; the cancelled upcoming one is, cancelled.
    assert "webinaires-accueil@aide.exemple.fr" not in found
    annule = found["webinaires-annule@aide.exemple.fr"]
    assert str(annule["STATUS"]) == "CANCELLED" and int(annule["SEQUENCE"]) == 1
    assert campagne["DTSTAMP"].dt == datetime.datetime(2026, 12, 6, tzinfo=UTC)


def test_the_vtimezone_gives_paris_its_winter_and_summer_offsets(events_site):
    _, calendar = read(events_site / "webinaires" / "campagne-2027" / "evenement.ics")
    zone = next(z for z in calendar.walk("VTIMEZONE") if str(z["TZID"]) == "Europe/Paris")
    tz = zone.to_tz()
    assert tz.utcoffset(datetime.datetime(2027, 1, 13, 14, 0)) == datetime.timedelta(hours=1)
    assert tz.utcoffset(datetime.datetime(2027, 3, 28, 14, 0)) == datetime.timedelta(hours=2)
    assert tz.utcoffset(datetime.datetime(2027, 10, 31, 14, 0)) == datetime.timedelta(hours=1)
    (event,) = calendar.walk("VEVENT")
    description = str(event["DESCRIPTION"])
    assert "Calendrier, nouveautés du formulaire; validation des dossiers, questions\\réponses." in description
    assert "https://demarches.exemple.fr/inscription?webinaire=campagne-2027&public=referents" in description


def test_every_calendar_has_crlf_lines_of_at_most_75_octets(events_site):
    files = [events_site / "webinaires.ics", *sorted((events_site / "webinaires").glob("*/evenement.ics"))]
    assert len(files) == 5
    for path in files:
        data, calendar = read(path)
        assert data.endswith(b"END:VCALENDAR\r\n")
        lines = data.split(b"\r\n")
        assert all(b"\n" not in line and len(line) <= 75 for line in lines), path
        assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar


def test_the_event_page_links_its_calendar_and_registration(page):
    page.goto(PAGE_TYPES["event"])
    add = page.get_by_role("link", name="Ajouter à mon agenda : Lancement de la campagne d'inscription 2027")
    assert add.get_attribute("href") == "/webinaires/campagne-d-inscription-2027/evenement.ics"
    assert page.get_by_role("link", name="S’inscrire : Lancement de la campagne d'inscription 2027").count() == 1
    assert page.locator("time").first.inner_text() == "mercredi 13 janvier 2027, de 14 h à 15 h 30 (heure de Paris)"


def test_a_cancelled_event_says_so_and_offers_no_registration(page):
    page.goto(PAGE_TYPES["cancelled event"])
    assert "Webinaire annulé." in page.locator(".banner-cancelled").inner_text()
    assert page.get_by_role("link", name="S’inscrire").count() == 0


def test_the_listing_puts_upcoming_events_before_past_ones_with_their_replays(page):
    page.goto(PAGE_TYPES["events listing"])
    headings = page.locator("main h2").all_inner_texts()
    assert headings.index("Prochains webinaires") < headings.index("Webinaires passés")
    replay = page.get_by_role("link", name="Voir la rediffusion : Webinaire d'accueil des nouveaux référents")
    assert replay.get_attribute("href") == "/webinaires/rediffusion-accueil-des-referents-2026/"

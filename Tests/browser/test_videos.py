"""Videos: a transcript time code seeks the video (with the keyboard), an address ending in
`#t=…` opens the video at that time, and a video on a platform requests nothing from it before
the reader presses « Charger la vidéo »."""
from urllib.parse import urlsplit

from pages import PAGE_TYPES, require_page

import time


def current_time(page):
    return page.eval_on_selector("#video-player", "v => v.currentTime")


def wait_until(condition, seconds=10):
    """Polls from Python: `wait_for_function` evaluates a string, which the pages' CSP forbids."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_transcript_time_code_seeks_the_video_from_the_keyboard(page, site_dir):
    url = require_page(site_dir, "video page (replay)")
    page.goto(url)
    page.wait_for_load_state("load")
    assert page.eval_on_selector("#video-player", "v => v.getAttribute('preload')") == "none"
    track = page.locator("#video-player track[default]")
    assert track.get_attribute("srclang") == "fr" and track.get_attribute("kind") == "captions"
    page.locator("#transcription summary").focus()
    page.keyboard.press("Enter")  # opens the transcript
    link = page.locator("#transcription a.video-time[href='#t=8']")
    assert link.is_visible()
    link.focus()
    page.keyboard.press("Enter")
    wait_until(lambda: 7.9 <= current_time(page) < 9)
    assert page.evaluate("location.hash") == "#t=8"
    assert page.evaluate("document.activeElement.id") == "video-player"


def test_an_address_with_a_time_opens_the_video_there(page, site_dir):
    url = require_page(site_dir, "video page (replay)")
    page.goto(url + "#t=12")
    wait_until(lambda: current_time(page) >= 11.9)


def test_a_platform_video_requests_nothing_from_the_platform_before_its_button(page, site_dir, base_url):
    url = require_page(site_dir, "platform video page")
    own = urlsplit(base_url).netloc
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).netloc == own else route.abort())
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert requests and all(urlsplit(r).netloc == own for r in requests), requests
    assert page.locator("iframe").count() == 0
    notice = page.locator(".video-notice").inner_text()
    assert "video.exemple.gouv.fr" in notice
    csp = page.get_attribute("meta[http-equiv='Content-Security-Policy']", "content")
    assert csp.endswith("; frame-src https://video.exemple.gouv.fr")
    page.get_by_role("button", name="Charger la vidéo").click()
    frame = page.locator("iframe.video-frame")
    assert frame.get_attribute("src") == "https://video.exemple.gouv.fr/videos/embed/9c9de5e8-0a1b-4b7f-a8b5-3fb6c1a2d7e4"
    assert frame.get_attribute("title").startswith("Vidéo :")


def test_only_pages_with_a_platform_video_allow_its_frames(page, site_dir):
    for name in PAGE_TYPES:
        if name == "platform video page" or name == "404":
            continue
        page.goto(require_page(site_dir, name))
        csp = page.get_attribute("meta[http-equiv='Content-Security-Policy']", "content")
        assert csp is None or "frame-src" not in csp, name

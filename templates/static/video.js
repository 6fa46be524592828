// Videos: the transcript's time codes (`#t=754`) seek the page's video, and so does an address
// ending in `#t=754` (a search result); a video on a platform is loaded in a frame only when the
// reader presses « Charger la vidéo », so nothing is requested from that site before.
// Without JavaScript the time codes are links to their passage of the transcript.
const player = document.getElementById("video-player");

function seek(seconds, play) {
  if (!player || !Number.isFinite(seconds)) return;
  const go = () => {
    player.currentTime = seconds;
    if (play) player.play().catch(() => {});
  };
  if (player.readyState === 0) {
    // preload="none": nothing is loaded yet; load the metadata, then seek.
    player.addEventListener("loadedmetadata", go, { once: true });
    player.load();
  }
  go();
}

function timeIn(hash) {
  const match = /^#t=(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.video-time") : null;
  if (!link || !player) return;
  event.preventDefault();
  seek(Number(link.dataset.time), false);
  history.replaceState(null, "", link.getAttribute("href"));
  player.focus();
});

for (const consent of document.querySelectorAll(".video-consent[data-embed]")) {
  const button = consent.querySelector(".video-load");
  if (!button) continue;
  button.addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.className = "video-frame";
    frame.src = consent.dataset.embed;
    frame.title = consent.dataset.title || "";
    frame.allow = "fullscreen; picture-in-picture";
    frame.setAttribute("allowfullscreen", "");
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    consent.replaceWith(frame);
    frame.focus();
  });
}

const start = timeIn(location.hash);
if (start !== null) seek(start, false);

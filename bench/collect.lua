-- wrk script for bench/collect.sh: POSTs alternating page feedback and unanswered searches.
local events = {
  {path = "/avis", body = '{"page": "/aide/inscription/", "helpful": "non", "comment": "Il manque la date limite."}'},
  {path = "/recherche", body = '{"query": "inscripton", "filters": ["type=faq"], "results": 0}'},
  {path = "/avis", body = '{"page": "/aide/valider/", "helpful": "oui"}'},
  {path = "/recherche", body = '{"query": "attestation de présence", "results": 4}'},
}
local headers = {["Origin"] = "https://aide.exemple.fr", ["Content-Type"] = "application/json"}
local n = 0

request = function()
  n = n + 1
  local event = events[(n % #events) + 1]
  return wrk.format("POST", event.path, headers, event.body)
end

done = function(summary)
  io.write(string.format("non-204 answers: %d (errors: connect %d, read %d, write %d, timeout %d)\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end

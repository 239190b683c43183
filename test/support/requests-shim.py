"""A stand-in for the `requests` package, enough for the guide's Python snippet: requests.get with
params, auth=(user, password) sent as HTTP Basic, and timeout. Built on urllib so the test needs
nothing installed; it sends what requests would send for these arguments."""
import base64
import json
import urllib.error
import urllib.parse
import urllib.request


class Response:
    def __init__(self, status_code, body):
        self.status_code = status_code
        self._body = body

    def json(self):
        return json.loads(self._body)


def get(url, params=None, auth=None, timeout=None, headers=None):
    if params:
        url = url + "?" + urllib.parse.urlencode(params)
    request = urllib.request.Request(url, headers=dict(headers or {}))
    if auth is not None:
        user, password = auth
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return Response(answer.status, answer.read())
    except urllib.error.HTTPError as refused:
        return Response(refused.code, refused.read())

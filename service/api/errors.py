"""One error shape for every failure: {"error": {status, code, message, details: [{field, message}]}}."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api.schemas import ErrorResponse
from service.store.sqlite import StoreBusy

_log = logging.getLogger("service.api")

# Messages the service answers with and /docs shows as examples, written once so the two cannot drift apart.
INVALID_BODY = "The request body could not be read as JSON: it is not UTF-8, or it is nested too deeply."
NOT_JSON = "The request body must be JSON, sent with Content-Type: application/json."
MODELS_LOADING = "The models are still loading; try again in a few seconds."
BUSY = "Too many comparisons are running; retry shortly."
STORE_BUSY = "The store is locked by another process; retry shortly. Nothing was lost."


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, details: Sequence[tuple[str, str]] = (), headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = list(details)
        self.headers = headers or {}


class Invalid(ApiError):
    status = 422
    code = "invalid_request"


class TooLarge(ApiError):
    status = 413
    code = "too_large"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class Overloaded(ApiError):
    status = 503
    code = "busy"


def error_response(
    status: int, code: str, message: str, details: Sequence[tuple[str, str]] = (), headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {
        "error": {
            "status": status,
            "code": code,
            "message": message,
            "details": [{"field": field, "message": text} for field, text in details],
        }
    }
    return JSONResponse(body, status_code=status, headers=headers)


def _field_path(location: Sequence[Any]) -> str:
    """("body", "articles", 1, "text") -> "articles[1].text"; the body itself is "body"."""
    parts = list(location[1:]) if location and location[0] == "body" else list(location)
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part in ("function-after[_iso_date(), str]",):
            continue
        else:
            path += f".{part}" if path else str(part)
    return path or "body"


def _validation_details(errors: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    details = []
    for error in errors:
        message = str(error.get("msg", "is invalid"))
        if error.get("type") == "json_invalid":
            details.append(("body", "is not valid JSON (" + str(error.get("ctx", {}).get("error", "")) + ")"))
            continue
        message = message.removeprefix("Value error, ")
        # a check over the whole list names the item it found wrong ("articles[1].id" for a repeated id)
        details.append((str(error.get("ctx", {}).get("field") or _field_path(error.get("loc", ()))), message))
    return details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.code, error.message, error.details, error.headers)

    @app.exception_handler(StoreBusy)
    async def _store_busy(_: Request, error: StoreBusy) -> JSONResponse:  # locked by another process past the wait
        return error_response(503, "busy", STORE_BUSY, headers={"Retry-After": "2"})

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        if request.method == "POST" and not _json_content(request):  # FastAPI reads no other body as JSON
            sent = request.headers.get("content-type", "missing")
            return error_response(415, "unsupported_media_type", NOT_JSON, [("Content-Type", f"is {sent}")])
        details = _validation_details(error.errors())
        summary = "; ".join(f"{field}: {message}" for field, message in details[:3])
        return error_response(422, "invalid_request", f"The request is not valid: {summary}", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, error: StarletteHTTPException) -> JSONResponse:
        status = error.status_code
        code = {400: "invalid_body", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            status, "http_error"
        )
        message = str(error.detail)
        if status == 400:  # FastAPI's answer to a body it cannot decode
            message = INVALID_BODY
        details = [("body", message)] if status in (400, 413) else []
        return error_response(status, code, message, details, headers=getattr(error, "headers", None))

    # A backstop: UnexpectedErrors answers failures below it; this one sees only those of the middleware outside it.
    @app.exception_handler(Exception)
    async def _unexpected(_: Request, error: Exception) -> JSONResponse:  # never leak a stack trace
        return _internal_error()


def _internal_error() -> JSONResponse:
    return error_response(500, "internal_error", "The service failed on this request; it has been logged.")


def _json_content(request: Request) -> bool:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


class UnexpectedErrors:
    """Answers a failure no handler knows with the JSON 500 and logs it. Starlette's own last-resort handler
    re-raises after answering, and the server then drops the connection, failing the client's next request too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            _log.exception("Unexpected failure on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await _internal_error()(scope, receive, send)


def _documented(description: str, status: int, code: str, message: str, field: str, problem: str) -> dict[str, Any]:
    example = {"error": {"status": status, "code": code, "message": message,
                         "details": [{"field": field, "message": problem}] if field else []}}
    return {"model": ErrorResponse, "description": description,
            "content": {"application/json": {"example": example}}}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _documented("The body could not be read as JSON (not UTF-8, or nested too deeply).", 400, "invalid_body",
                     INVALID_BODY, "body", INVALID_BODY),
    404: _documented("No such comparison.", 404, "not_found", "No comparison with id 'cmp_0123'.", "comparison_id",
                     "is unknown"),
    413: _documented("The body or an article is over the size limit.", 413, "too_large",
                     "Articles are limited to 100000 characters.", "articles[1].text",
                     "has 120000 characters; the limit is 100000"),
    415: _documented("The body was not sent as JSON.", 415, "unsupported_media_type", NOT_JSON, "Content-Type",
                     "is text/plain"),
    422: _documented("The request is not valid; `details` names each field.", 422, "invalid_request",
                     "The request is not valid: articles[0].text: must contain words, not only blanks, symbols or "
                     "invisible characters", "articles[0].text",
                     "must contain words, not only blanks, symbols or invisible characters"),
    503: _documented("Too many comparisons running, the models still loading, or the store locked by another "
                     "process; retry after `Retry-After` s.", 503, "busy", BUSY, "", ""),
}
# The errors one route gives in its own words: reading a stored comparison, or asking before the models are loaded.
ID_TOO_LONG = _documented("The id is not valid; `details` names it.", 422, "invalid_request",
                          "The request is not valid: path.comparison_id: String should have at most 200 characters",
                          "path.comparison_id", "String should have at most 200 characters")
LOADING = _documented("The models are still loading; retry after `Retry-After` s.", 503, "busy", MODELS_LOADING,
                      "", "")
STORE_LOCKED = _documented("The store is locked by another process; retry after `Retry-After` s.", 503, "busy",
                           STORE_BUSY, "", "")


class BodySizeLimit:
    """Refuses bodies over `max_bytes` before they are read whole, whatever Content-Length claims."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # An HTTPException passes through FastAPI's body parsing to the error handler.
                    raise StarletteHTTPException(413, f"The request body is over the limit of {self.max_bytes} bytes.")
            return message

        await self.app(scope, counting_receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413, "too_large", f"The request body is over the limit of {self.max_bytes} bytes.",
            [("body", f"larger than {self.max_bytes} bytes")],
        )
        await response(scope, receive, send)

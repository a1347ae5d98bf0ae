package id.bina.platform.rest;

import id.bina.platform.InvalidInputException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details, the body of every error Bina answers. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Looked up once: Json.createXxx() searches for the provider on every call, which is slow. */
  public static final JsonProvider JSON = JsonProvider.provider();

  private Problems() {}

  public static JsonObject json(int status, String title, String detail) {
    return builder(status, title, detail).build();
  }

  static JsonObjectBuilder builder(int status, String title, String detail) {
    JsonObjectBuilder body = JSON.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    return body;
  }

  /** The challenge that tells a client to send HTTP Basic credentials. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"Bina\", charset=\"UTF-8\"";

  /** 401 with the Basic challenge: every "log in first" answer of the API. */
  public static Response unauthorized(String detail) {
    return Response.status(401)
        .type(MEDIA_TYPE)
        .header("WWW-Authenticate", BASIC_CHALLENGE)
        .entity(json(401, "Unauthorized", detail).toString())
        .build();
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status).type(MEDIA_TYPE).entity(json(status, title, detail).toString()).build();
  }

  /** 400 with one entry per offending field (and row, for file imports). */
  public static Response invalid(String detail, List<InvalidInputException.FieldError> errors) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (InvalidInputException.FieldError error : errors) {
      JsonObjectBuilder item = JSON.createObjectBuilder();
      if (error.row() != null) {
        item.add("row", error.row());
      }
      item.add("field", error.field()).add("message", error.message());
      list.add(item);
    }
    JsonObject body = builder(400, "Invalid input", detail).add("errors", list).build();
    return Response.status(400).type(MEDIA_TYPE).entity(body.toString()).build();
  }
}

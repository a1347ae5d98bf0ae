package id.bina.platform.rest;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.StaleVersionException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception into problem+json; a stack trace never reaches a client. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return Problems.invalid("The request has invalid fields", e.errors());
    }
  }

  /** Bean Validation on resource parameters: each violation names the field by its last path node. */
  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<InvalidInputException.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new InvalidInputException.FieldError(null, field(v), v.getMessage()))
              .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
              .toList();
      return Problems.invalid("The request has invalid fields", errors);
    }

    /**
     * The field as the client wrote it: property names below the request body, with list positions
     * ("levels[4].level"), or the name of a query or header parameter.
     */
    private static String field(ConstraintViolation<?> violation) {
      StringBuilder path = new StringBuilder();
      String parameter = null;
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
          parameter = node.getName();
        } else if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
            || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
          // A node inside a list carries the list position of its parent: levels[4].level.
          if (node.isInIterable()) {
            path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
          }
          if (node.getName() != null && !node.getName().startsWith("<")) {
            if (path.length() > 0) {
              path.append('.');
            }
            path.append(node.getName());
          }
        }
      }
      if (path.length() > 0) {
        return path.toString();
      }
      return parameter == null ? violation.getPropertyPath().toString() : parameter;
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problems.response(404, "Not found", e.getMessage());
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return Problems.response(409, "Conflict", e.getMessage());
    }
  }

  @Provider
  public static class Stale implements ExceptionMapper<StaleVersionException> {
    @Override
    public Response toResponse(StaleVersionException e) {
      return Problems.response(412, "Precondition failed", e.getMessage());
    }
  }

  /** Two writers raced past the If-Match check; the database's version check caught the second. */
  @Provider
  public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return Problems.response(
          412, "Precondition failed", "The record was changed by someone else in the meantime; reload it and try again");
    }
  }

  @Provider
  public static class Denied implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return Problems.response(403, "Forbidden", e.getMessage());
    }
  }

  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return Problems.response(400, "Malformed JSON", "The request body is not valid JSON for this endpoint");
    }
  }

  /** A request body that cannot be read: malformed JSON is the client's error, anything else is ours. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
          return Problems.response(400, "Malformed JSON", "The request body is not valid JSON for this endpoint");
        }
      }
      return Unexpected.logged(e);
    }
  }

  /** JAX-RS's own errors (unknown path, wrong method, unsupported media type) keep their status. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (original.hasEntity() && original.getMediaType() != null
          && Problems.MEDIA_TYPE.equals(original.getMediaType().toString())) {
        return original;
      }
      if (original.getStatus() >= 500) {
        return Unexpected.logged(e);
      }
      Response.StatusType status = original.getStatusInfo();
      Response.ResponseBuilder copy =
          Response.status(status.getStatusCode())
              .type(Problems.MEDIA_TYPE)
              .entity(Problems.json(status.getStatusCode(), status.getReasonPhrase(), detail(e)).toString());
      if (status.getStatusCode() == 401 && original.getHeaderString("WWW-Authenticate") == null) {
        copy.header("WWW-Authenticate", Problems.BASIC_CHALLENGE);
      }
      original.getHeaders().forEach((name, values) -> {
        if (!name.equalsIgnoreCase("Content-Type")) {
          values.forEach(v -> copy.header(name, v));
        }
      });
      return copy.build();
    }

    private static String detail(WebApplicationException e) {
      // JSON-B errors arrive wrapped in a 400; say what was wrong without echoing internals.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof JsonbException) {
          return "The request body is not valid JSON for this endpoint";
        }
      }
      return switch (e.getResponse().getStatus()) {
        case 404 -> "No such resource";
        case 405 -> "This method is not allowed on this resource";
        case 406 -> "This resource cannot answer in the requested media type";
        case 415 -> "This media type is not supported here";
        default -> null;
      };
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return logged(e);
    }

    static Response logged(Throwable e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
      return Problems.response(500, "Internal error", "Something went wrong on our side; incident " + incident);
    }
  }
}

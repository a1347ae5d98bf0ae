package id.bina.platform.security;

import id.bina.platform.rest.Problems;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Role rules for every JAX-RS resource method, deny by default: a method needs {@code @RolesAllowed} or
 * {@code @PermitAll} (on itself or its class) or nobody may call it. Object-level rules (own record, same
 * unit, same agency) are checked by the services, which answer 404 for what the caller may not see.
 */
@Provider
public class AccessControl implements DynamicFeature {

  private static final Logger LOG = Logger.getLogger("bina.access");

  /** The rule for one resource method, as the annotations declare it. */
  public sealed interface Rule {
    record Anyone() implements Rule {}

    record Roles(Set<String> roles) implements Rule {}

    record Nobody(String why) implements Rule {}
  }

  /** The rule that applies to a resource method; public so the architecture test can list every rule. */
  public static Rule ruleFor(Class<?> resourceClass, Method method) {
    Rule own = declared(method);
    return own != null ? own : declared(resourceClass) != null ? declared(resourceClass) : new Rule.Nobody("no role rule declared");
  }

  private static Rule declared(AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return new Rule.Nobody("denied to all");
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return new Rule.Anyone();
    }
    RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
    return roles == null ? null : new Rule.Roles(Set.copyOf(Arrays.asList(roles.value())));
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Rule rule = ruleFor(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
    if (!(rule instanceof Rule.Anyone)) {
      context.register(new Check(rule, route(resourceInfo)));
    }
  }

  private static String route(ResourceInfo info) {
    return route(info.getResourceClass(), info.getResourceMethod());
  }

  /** "METHOD path" with the path relative to the API root, e.g. "GET employees/{id}": for logs and tests. */
  public static String route(Class<?> resourceClass, Method method) {
    String verb =
        Arrays.stream(method.getAnnotations())
            .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
            .filter(h -> h != null)
            .map(HttpMethod::value)
            .findFirst()
            .orElse("*");
    Path classPath = resourceClass.getAnnotation(Path.class);
    Path methodPath = method.getAnnotation(Path.class);
    String path = (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
    return verb + " " + path.replaceAll("/+", "/").replaceAll("^/|/$", "");
  }

  /**
   * The API's one role check (Payara's own @RolesAllowed filter is off in glassfish-web.xml): every denial is
   * decided and logged here.
   */
  @Priority(Priorities.AUTHORIZATION - 100)
  static final class Check implements ContainerRequestFilter {
    private final Rule rule;
    private final String route;

    Check(Rule rule, String route) {
      this.rule = rule;
      this.route = route;
    }

    @Override
    public void filter(ContainerRequestContext context) {
      // The servlet request's attributes are the context's properties: read without Jersey's request proxy.
      AuthenticatedAccount account =
          context.getProperty(AuthenticatedAccount.ATTRIBUTE) instanceof AuthenticatedAccount a ? a : null;
      if (rule instanceof Rule.Nobody nobody) {
        deny(context, account, 403, nobody.why());
      } else if (account == null) {
        deny(context, null, 401, "not authenticated");
      } else if (rule instanceof Rule.Roles roles
          && account.roles().stream().map(Enum::name).noneMatch(roles.roles()::contains)) {
        deny(context, account, 403, "role not allowed");
      }
    }

    private void deny(ContainerRequestContext context, AuthenticatedAccount account, int status, String why) {
      LOG.info(
          () ->
              "DENY principal="
                  + (account == null ? "anonymous" : account.username())
                  + " route="
                  + route
                  + " status="
                  + status
                  + " reason="
                  + why);
      context.abortWith(
          status == 401
              ? Problems.unauthorized("Log in to use this endpoint")
              : Problems.response(403, "Forbidden", "Your role does not allow this action"));
    }
  }
}

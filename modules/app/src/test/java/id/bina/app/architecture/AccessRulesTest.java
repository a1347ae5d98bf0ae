package id.bina.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.bina.app.support.AuthorizationMatrix;
import id.bina.platform.security.AccessControl;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, checked at build time: every JAX-RS resource method of every module must declare who may
 * call it (@RolesAllowed, @PermitAll or @DenyAll, on the method or its class). A new endpoint without a
 * rule fails here before it can ship (and would answer 403 to everyone if it did).
 */
class AccessRulesTest {

  static List<Method> resourceMethods() {
    List<Method> methods = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.bina")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (Method method : type.reflect().getDeclaredMethods()) {
        boolean endpoint =
            method.isAnnotationPresent(Path.class)
                || Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
        if (endpoint) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  @Test
  void everyResourceMethodDeclaresWhoMayCallIt() {
    List<Method> methods = resourceMethods();
    assertFalse(methods.isEmpty(), "no resource methods found: the scan is broken");
    List<String> missing =
        methods.stream()
            .filter(m -> AccessControl.ruleFor(m.getDeclaringClass(), m) instanceof AccessControl.Rule.Nobody nobody
                && nobody.why().equals("no role rule declared"))
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
            .toList();
    assertTrue(missing.isEmpty(), "resource methods without a role rule: " + missing);
  }

  /** Each endpoint as "METHOD path" (path relative to /api/v1), as the authorization matrix names it. */
  static String endpoint(Method method) {
    return AccessControl.route(method.getDeclaringClass(), method);
  }

  @Test
  void everyEndpointHasRowsInTheAuthorizationMatrix() {
    Set<String> inMatrix = AuthorizationMatrix.rules().stream().map(AuthorizationMatrix.Rule::endpoint).collect(Collectors.toSet());
    List<String> missing =
        resourceMethods().stream().map(AccessRulesTest::endpoint).filter(e -> !inMatrix.contains(e)).sorted().toList();
    assertTrue(missing.isEmpty(), "endpoints without rows in authorization-matrix.csv: " + missing);
    Set<String> endpoints = resourceMethods().stream().map(AccessRulesTest::endpoint).collect(Collectors.toSet());
    List<String> stale = inMatrix.stream().filter(e -> !endpoints.contains(e)).sorted().toList();
    assertTrue(stale.isEmpty(), "rows for endpoints that no longer exist: " + stale);
  }

  @Test
  void everyEndpointOfTheMatrixIsTriedWithEveryRole() {
    Set<String> roles = Set.of("ANONYMOUS", "ADMIN", "HR_MANAGER", "SUPERVISOR", "EMPLOYEE", "MENTOR");
    Map<String, Set<String>> rolesPerEndpoint =
        AuthorizationMatrix.rules().stream()
            .collect(
                Collectors.groupingBy(
                    AuthorizationMatrix.Rule::endpoint, Collectors.mapping(AuthorizationMatrix.Rule::role, Collectors.toSet())));
    rolesPerEndpoint.forEach((endpoint, tried) -> assertEquals(roles, tried, endpoint + " is not tried with every role"));
  }

  /**
   * Payara's OpenAPI scanner fails (and /openapi answers 500) on Bean Validation annotations of query, path or
   * header parameters; such values are checked in code instead.
   */
  @Test
  void noBeanValidationOnQueryPathOrHeaderParameters() {
    List<String> offending = new ArrayList<>();
    for (Method method : resourceMethods()) {
      for (java.lang.reflect.Parameter parameter : method.getParameters()) {
        boolean fromRequestLine =
            parameter.isAnnotationPresent(jakarta.ws.rs.QueryParam.class)
                || parameter.isAnnotationPresent(jakarta.ws.rs.PathParam.class)
                || parameter.isAnnotationPresent(jakarta.ws.rs.HeaderParam.class);
        boolean constrained =
            Arrays.stream(parameter.getAnnotations())
                .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.validation.constraints"));
        if (fromRequestLine && constrained) {
          offending.add(endpoint(method) + " " + parameter.getName());
        }
      }
    }
    assertTrue(offending.isEmpty(), "constrained request-line parameters: " + offending);
  }

  /** The check above relies on this: a method with no annotation anywhere is denied to everyone. */
  @Test
  void aMethodWithoutARuleIsDeniedToEveryone() throws Exception {
    @Path("x")
    class Unannotated {
      @jakarta.ws.rs.GET
      public String get() {
        return "";
      }
    }
    Method get = Unannotated.class.getDeclaredMethod("get");
    assertInstanceOf(AccessControl.Rule.Nobody.class, AccessControl.ruleFor(Unannotated.class, get));
  }
}

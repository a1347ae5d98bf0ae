package id.bina.app.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One instance of each REST resource serves every request: a request-scoped resource was built and injected
 * anew for each request (4 % of an enrolment's CPU in a flight recording). That is safe only while a resource
 * keeps nothing of a request in its fields, so a resource holds injected services and constants alone.
 */
class ResourceScopeTest {

  @Test
  void everyResourceIsOneSharedInstanceWithoutRequestState() {
    List<String> offending = new ArrayList<>();
    int resources = 0;
    for (JavaClass type :
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.bina")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      resources++;
      Class<?> resource = type.reflect();
      if (!resource.isAnnotationPresent(ApplicationScoped.class)) {
        offending.add(resource.getSimpleName() + " is not @ApplicationScoped");
      }
      for (Field field : resource.getDeclaredFields()) {
        boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(PersistenceContext.class);
        boolean constant = Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
        if (!injected && !constant && !field.isSynthetic()) {
          offending.add(resource.getSimpleName() + "." + field.getName() + " is neither injected nor a constant");
        }
      }
    }
    assertFalse(resources == 0, "no resources found: the scan is broken");
    assertTrue(offending.isEmpty(), "resources that would share request state: " + offending);
  }
}

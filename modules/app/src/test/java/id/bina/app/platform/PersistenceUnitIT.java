package id.bina.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.bina.app.support.BinaDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the deployed application: the one persistence unit must know every entity that any module jar
 * ships. A module whose jar is missing from persistence.xml deploys fine and only fails at run time with
 * "not a known entity type"; this test fails first.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceUnitIT {

  @Deployment
  static WebArchive bina() {
    return BinaDeployment.war().addClass(PersistenceUnitIT.class);
  }

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject ServletContext servletContext;

  @Test
  void theMetamodelHoldsEveryEntityOfEveryModule() throws Exception {
    Set<String> shipped = new TreeSet<>();
    for (String jar : servletContext.getResourcePaths("/WEB-INF/lib/")) {
      if (!jar.matches(".*/bina-[a-z]+\\.jar")) {
        continue;
      }
      try (InputStream in = servletContext.getResourceAsStream(jar);
          JarInputStream entries = new JarInputStream(in)) {
        for (JarEntry entry = entries.getNextJarEntry(); entry != null; entry = entries.getNextJarEntry()) {
          String name = entry.getName();
          if (name.endsWith(".class") && !name.contains("$")) {
            Class<?> type =
                Class.forName(
                    name.substring(0, name.length() - 6).replace('/', '.'),
                    false,
                    Thread.currentThread().getContextClassLoader());
            if (type.isAnnotationPresent(Entity.class)) {
              shipped.add(type.getName());
            }
          }
        }
      }
    }
    Set<String> known = new TreeSet<>();
    for (EntityType<?> entity : em.getMetamodel().getEntities()) {
      known.add(entity.getJavaType().getName());
    }
    assertFalse(shipped.isEmpty(), "no entities found in the module jars: the scan is broken");
    assertEquals(shipped, known);
  }
}

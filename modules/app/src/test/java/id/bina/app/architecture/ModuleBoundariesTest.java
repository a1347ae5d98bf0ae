package id.bina.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import id.bina.training.archfixture.ReachesIntoPlatformInternals;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modular monolith honest: each module publishes its top-level package (the platform also its
 * HTTP conventions in {@code platform.rest}); everything below is internal. Modules depend only in the
 * declared direction, domain code stays free of JAX-RS and EJB, and entities refer to other modules' data
 * by id.
 */
class ModuleBoundariesTest {

  /** Which modules each module may use. The portal and the app assemble everything. */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "platform", Set.of(),
          "competency", Set.of("platform"),
          "training", Set.of("platform", "competency"),
          // Mentoring credits confirmed sessions to training's JP ledger (the 20 JP a year).
          "mentoring", Set.of("platform", "competency", "training"),
          "evaluation", Set.of("platform", "competency", "training", "mentoring"),
          "portal", Set.of("platform", "competency", "training", "mentoring", "evaluation"),
          "app", Set.of("platform", "competency", "training", "mentoring", "evaluation", "portal"));

  static JavaClasses classes;

  @BeforeAll
  static void importBina() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.bina");
  }

  static String moduleOf(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 2 && parts[0].equals("id") && parts[1].equals("bina") ? parts[2] : null;
  }

  /** A module's published API: its top-level package; for the platform also its HTTP conventions. */
  static boolean isPublished(JavaClass type) {
    String module = moduleOf(type);
    String pkg = type.getPackageName();
    return pkg.equals("id.bina." + module) || pkg.equals("id.bina.platform.rest");
  }

  @Test
  void everyModuleOfTheBuildIsKnownHere() {
    Set<String> found =
        classes.stream().map(ModuleBoundariesTest::moduleOf).filter(m -> m != null).collect(java.util.stream.Collectors.toSet());
    assertTrue(ALLOWED.keySet().containsAll(found), "modules without a dependency rule: " + found);
    assertTrue(found.containsAll(List.of("platform", "app")), "the import found no Bina classes: " + found);
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("id.bina.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** Other modules are used only as declared, and only through their published API. */
  static final ArchRule MODULE_DEPENDENCIES =
      ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("id.bina..")
          .should(
              new ArchCondition<JavaClass>("use other modules only as declared, and only their published API") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                  String from = moduleOf(origin);
                  for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String to = moduleOf(target);
                    if (to == null || to.equals(from) || from == null) {
                      continue;
                    }
                    boolean allowed = ALLOWED.getOrDefault(from, Set.of()).contains(to);
                    // The app assembles the modules and may wire their internals; nobody else may.
                    boolean published = isPublished(target) || from.equals("app");
                    if (!allowed || !published) {
                      events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                  }
                }
              });

  @Test
  void modulesUseOnlyDeclaredModulesAndOnlyTheirPublishedApi() {
    MODULE_DEPENDENCIES.check(classes);
  }

  @Test
  void theDependencyRuleFailsOnAModuleReachingIntoPlatformInternals() {
    JavaClasses violation = new ClassFileImporter().importClasses(ReachesIntoPlatformInternals.class);
    assertThrows(AssertionError.class, () -> MODULE_DEPENDENCIES.check(violation));
  }

  @Test
  void domainCodeImportsNeitherJaxRsNorEjb() {
    noClasses()
        .that()
        .resideInAPackage("id.bina..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.ejb..")
        .check(classes);
  }

  @Test
  void entitiesReferToOtherModulesEntitiesOnlyById() {
    ArchRuleDefinition.classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should(
            new ArchCondition<JavaClass>("hold no reference to another module's entity") {
              @Override
              public void check(JavaClass entity, ConditionEvents events) {
                for (JavaField field : entity.getAllFields()) {
                  for (JavaClass referenced : field.getType().getAllInvolvedRawTypes()) {
                    if (referenced.isAnnotatedWith(Entity.class)
                        && !java.util.Objects.equals(moduleOf(referenced), moduleOf(entity))) {
                      events.add(SimpleConditionEvent.violated(field, field.getFullName() + " refers to " + referenced.getName()));
                    }
                  }
                }
              }
            })
        .allowEmptyShould(true)
        .check(classes);
  }

}

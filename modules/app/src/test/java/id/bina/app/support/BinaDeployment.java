package id.bina.app.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real ROOT.war the build produced: tests exercise exactly what ships, no hand-listed classes. */
public final class BinaDeployment {

  private BinaDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("bina.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the integration tests through Maven (mvn verify)");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}

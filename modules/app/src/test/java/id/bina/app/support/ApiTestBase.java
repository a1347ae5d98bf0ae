package id.bina.app.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests that call Bina over HTTP: each test class deploys the real ROOT.war on its
 * own Payara Micro and gets an {@link Api} on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiTestBase {

  @ArquillianResource protected URL base;

  protected Api api;

  @Deployment(testable = false)
  public static WebArchive bina() {
    return BinaDeployment.war();
  }

  @BeforeEach
  void client() {
    api = new Api(base);
  }
}

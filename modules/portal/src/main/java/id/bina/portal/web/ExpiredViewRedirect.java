package id.bina.portal.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form submitted after its session ended (the 30-minute timeout, or a logout in another tab) would show a
 * server error. Instead the browser is sent to the same page again: a fresh login form, or for a portal
 * page the login redirect. Registered in faces-config.xml.
 */
public class ExpiredViewRedirect extends ExceptionHandlerFactory {

  public ExpiredViewRedirect(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
        Throwable exception = events.next().getContext().getException();
        if (exception instanceof ViewExpiredException expired) {
          FacesContext faces = FacesContext.getCurrentInstance();
          String viewId = expired.getViewId() == null ? "/login.xhtml" : expired.getViewId();
          try {
            faces.getExternalContext()
                .redirect(faces.getExternalContext().getRequestContextPath() + viewId);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          faces.responseComplete();
          events.remove();
        }
      }
      getWrapped().handle();
    }
  }
}

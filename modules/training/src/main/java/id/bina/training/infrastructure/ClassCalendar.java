package id.bina.training.infrastructure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A class's sessions as an iCalendar file (RFC 5545), one event per session. Times are written in UTC, so
 * no time zone definitions are needed and every calendar shows them in its own zone.
 */
public final class ClassCalendar {

  /** One session: when it starts and ends, and a stable id within the class. */
  public record Event(int seq, Instant start, Instant end) {}

  private ClassCalendar() {}

  public static String write(
      long classId, String summary, String description, String venue, String onlineLink, List<Event> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Bina//Pelatihan//ID"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (Event session : events) {
      VEvent event = new VEvent(session.start(), session.end(), summary + " (sesi " + (session.seq() + 1) + ")");
      event.add(new Uid("bina-class-" + classId + "-session-" + session.seq() + "@bina"));
      if (description != null && !description.isBlank()) {
        event.add(new Description(description));
      }
      if (venue != null && !venue.isBlank()) {
        event.add(new Location(venue));
      }
      if (onlineLink != null && !onlineLink.isBlank()) {
        try {
          event.add(new Url(URI.create(onlineLink.trim())));
        } catch (IllegalArgumentException e) {
          // not a URI: the link stays out of the calendar, the class page still shows it
        }
      }
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("invalid calendar", e);
    }
    return out.toString();
  }
}

package id.bina.training.application.plan;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.training.AgencyPlans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** {@link AgencyPlans} on top of the service the REST API uses; HR managers only, as the REST resource declares. */
@ApplicationScoped
@Transactional
public class PublishedAgencyPlans implements AgencyPlans {

  @Inject Caller caller;

  @Inject AgencyPlanService plans;

  private void requireHr() {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("The agency's plan is kept by HR managers");
    }
  }

  @Override
  public Page<Summary> list(PageRequest page) {
    requireHr();
    return plans.list(null, page).map(s -> new Summary(s.id(), s.year(), s.status(), s.lines(), s.seats(), s.budget(), s.version()));
  }

  @Override
  public Plan get(long id) {
    requireHr();
    return plan(plans.get(id));
  }

  @Override
  public Plan create(Integer year) {
    requireHr();
    AgencyPlanInput input = new AgencyPlanInput();
    input.year = year;
    return plan(plans.create(input));
  }

  @Override
  public Plan addLine(long planId, long version, LineForm line) {
    requireHr();
    return plan(plans.addLine(planId, version, input(line)));
  }

  @Override
  public Plan replaceLine(long planId, long lineId, long version, LineForm line) {
    requireHr();
    return plan(plans.replaceLine(planId, lineId, version, input(line)));
  }

  @Override
  public Plan removeLine(long planId, long lineId, long version) {
    requireHr();
    return plan(plans.removeLine(planId, lineId, version));
  }

  @Override
  public Plan approve(long planId, long version) {
    requireHr();
    return plan(plans.approve(planId, version));
  }

  @Override
  public List<Proposal> proposals(long planId, Long unitId, int limit) {
    requireHr();
    return plans.proposals(planId, unitId, limit).stream()
        .map(p -> new Proposal(
            p.competencyId(), p.code(), p.name(), p.peopleRequired(), p.peopleBelowStandard(), p.averageGap(), p.idpPeople(),
            form(p.suggestedLine())))
        .toList();
  }

  private static AgencyPlanInput.LineInput input(LineForm f) {
    AgencyPlanInput.LineInput in = new AgencyPlanInput.LineInput();
    in.competencyId = f.competencyId();
    in.targetUnitId = f.targetUnitId();
    in.minGap = f.minGap();
    in.employees = f.employees() == null ? null : new ArrayList<>(f.employees());
    in.developmentType = f.developmentType();
    in.modality = f.modality();
    in.provider = new AgencyPlanInput.Provider();
    in.provider.kind = f.providerKind();
    in.provider.name = f.providerName();
    in.plannedQuarter = f.plannedQuarter();
    in.startsOn = f.startsOn();
    in.endsOn = f.endsOn();
    in.classes = f.classes();
    in.seats = f.seats();
    in.unitSeats = new ArrayList<>();
    for (Seats s : f.unitSeats() == null ? List.<Seats>of() : f.unitSeats()) {
      AgencyPlanInput.Seats seats = new AgencyPlanInput.Seats();
      seats.unitId = s.unitId();
      seats.seats = s.seats();
      in.unitSeats.add(seats);
    }
    in.budget = f.budget();
    in.courseId = f.courseId();
    in.note = f.note();
    return in;
  }

  private static LineForm form(AgencyPlanInput.LineInput in) {
    if (in == null) {
      return null;
    }
    return new LineForm(
        in.competencyId, in.targetUnitId, in.minGap, in.employees, in.developmentType, in.modality,
        in.provider == null ? null : in.provider.kind, in.provider == null ? null : in.provider.name, in.plannedQuarter, in.startsOn,
        in.endsOn, in.classes, in.seats,
        in.unitSeats == null ? List.of() : in.unitSeats.stream().map(s -> new Seats(s.unitId, s.seats)).toList(),
        in.budget, in.courseId, in.note);
  }

  private static Plan plan(AgencyPlanView v) {
    AgencyPlanView.Totals t = v.totals();
    AgencyPlanView.Performance p = v.performance();
    return new Plan(
        v.id(),
        v.year(),
        v.status(),
        v.lines().stream().map(PublishedAgencyPlans::line).toList(),
        new Totals(t.lines(), t.classes(), t.seats(), t.budget(), t.gapsClosed(), t.seatsFilled(), t.jpDelivered(), t.spent(), t.completed(),
            t.budgetRemaining()),
        p == null ? null : new Performance(p.year(), p.predicates(), p.belowExpectation(), p.rated(), p.notRated()),
        v.approvedBy(),
        v.createdBy(),
        v.updatedBy(),
        v.version());
  }

  private static Line line(AgencyPlanView.Line l) {
    AgencyPlanView.Actual a = l.actual();
    return new Line(
        l.id(),
        l.competencyId(),
        l.competencyCode(),
        l.competencyName(),
        l.target().unitId(),
        l.target().unitName(),
        l.target().minGap(),
        l.target().employees(),
        l.developmentType(),
        l.modality(),
        l.providerKind(),
        l.providerName(),
        l.plannedQuarter(),
        l.startsOn(),
        l.endsOn(),
        l.classes(),
        l.seats(),
        l.unitSeats().stream().map(u -> new UnitSeats(u.unitId(), u.unitName(), u.planned(), u.filled())).toList(),
        l.budget(),
        l.costPerSeat(),
        l.courseId(),
        l.courseCode(),
        l.courseTitle(),
        l.note(),
        l.peopleBelowStandard(),
        l.gapsClosed(),
        a == null ? null : new Actual(a.classes(), a.capacity(), a.seatsFilled(), a.completed(), a.jpDelivered(), a.spent(), a.budgetRemaining()));
  }
}

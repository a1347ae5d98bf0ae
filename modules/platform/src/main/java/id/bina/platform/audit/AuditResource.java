package id.bina.platform.audit;

import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of the caller's agency, newest first. */
@Path("audit-entries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed which person's record, and when")
public class AuditResource {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  public record AuditEntryView(
      long id,
      OffsetDateTime occurredAt,
      String actor,
      String subjectType,
      long subjectId,
      String action,
      JsonObject changes) {}

  @GET
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Transactional
  @Operation(summary = "Audit entries, optionally for one subject (for example subjectType=Employee&subjectId=42)")
  public Page<AuditEntryView> list(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") Long subjectId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    String where =
        "a.agencyId = :agency"
            + (subjectType == null ? "" : " and a.subjectType = :type")
            + (subjectId == null ? "" : " and a.subjectId = :subject");
    TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a where " + where, Long.class);
    TypedQuery<AuditEntry> list =
        em.createQuery("select a from AuditEntry a where " + where + " order by a.occurredAt desc, a.id desc", AuditEntry.class);
    for (TypedQuery<?> query : java.util.List.of(count, list)) {
      query.setParameter("agency", caller.agencyId());
      if (subjectType != null) {
        query.setParameter("type", subjectType);
      }
      if (subjectId != null) {
        query.setParameter("subject", subjectId);
      }
    }
    ZoneId zone = directory.zone();
    var items =
        list.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream()
            .map(
                a ->
                    new AuditEntryView(
                        a.getId(),
                        a.getOccurredAt().atZoneSameInstant(zone).toOffsetDateTime(),
                        a.getActor(),
                        a.getSubjectType(),
                        a.getSubjectId(),
                        a.getAction().name(),
                        Problems.JSON.createReader(new StringReader(a.getChanges())).readObject()))
            .toList();
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }
}

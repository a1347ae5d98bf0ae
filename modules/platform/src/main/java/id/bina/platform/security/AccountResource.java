package id.bina.platform.security;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import id.bina.platform.security.AccountService.AccountChange;
import id.bina.platform.security.AccountService.AccountView;
import id.bina.platform.security.AccountService.NewAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login accounts of the caller's agency: administrators only. */
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Login accounts and their roles")
@RolesAllowed(Role.Names.ADMIN)
public class AccountResource {

  @Inject AccountService accounts;

  @GET
  public Page<AccountView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return accounts.list(PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    AccountView account = accounts.get(id);
    return Response.ok(account).tag(Versions.etag(account.version())).build();
  }

  @POST
  public Response create(@Valid @NotNull NewAccount input, @Context UriInfo uri) {
    AccountView created = accounts.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public Response change(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AccountChange input) {
    AccountView changed = accounts.change(id, Versions.required(ifMatch), input);
    return Response.ok(changed).tag(Versions.etag(changed.version())).build();
  }
}

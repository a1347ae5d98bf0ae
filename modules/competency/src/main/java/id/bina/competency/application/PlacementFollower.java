package id.bina.competency.application;

import id.bina.platform.EmployeesPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** When people move unit or position (or leave), their current levels and the heat-map tally move with them. */
@ApplicationScoped
public class PlacementFollower {

  @Inject CurrentLevels currentLevels;

  void follow(@Observes EmployeesPlaced placed) {
    currentLevels.followPlacement(placed.agencyId(), placed.employeeIds());
  }
}

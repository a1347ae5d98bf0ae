package id.bina.evaluation;

import java.util.List;

/** Mentoring effectiveness per programme of the caller's agency; HR managers only. */
public interface MentoringEffectiveness {

  /** One programme, or every programme of the agency when {@code programmeId} is null. */
  List<MentoringEffectivenessView> report(Long programmeId);
}

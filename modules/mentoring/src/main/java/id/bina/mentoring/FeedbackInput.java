package id.bina.mentoring;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mentee's answers, 1 (disagree) to 5 (agree), to the five questions in order. */
@Schema(name = "MentoringFeedbackInput")
public class FeedbackInput {

  @NotNull public List<Integer> answers;
}

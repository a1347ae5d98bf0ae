package id.bina.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NipTest {

  @Test
  void aValidNipIsReadPartByPart() {
    Nip nip = new Nip("198503152010012001");
    assertEquals(LocalDate.of(1985, 3, 15), nip.birthDate());
    assertEquals(YearMonth.of(2010, 1), nip.appointedIn());
    assertEquals(Nip.Gender.FEMALE, nip.gender());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "19850315201001200, exactly 18 digits",
    "1985031520100120011, exactly 18 digits",
    "19850315201001200A, exactly 18 digits",
    "198513152010011001, birth date",
    "198502302010011001, birth date",
    "198503152010131001, appointment month",
    "198503151980011001, after the birth date",
    "198503152010013001, gender",
    "198503152010011000, sequence",
    "189903152010011001, 1900 or later"
  })
  void anInvalidNipSaysWhichPartIsWrong(String text, String expected) {
    String problem = Nip.problemWith(text).orElseThrow();
    assertTrue(problem.contains(expected), problem);
    assertThrows(IllegalArgumentException.class, () -> new Nip(text));
  }
}

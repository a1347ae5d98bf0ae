package id.bina.benchmark;

/** The benchmark's own lines on standard output, marked so they stand out from Maven's and Bina's. */
final class Console {

  private Console() {}

  static void say(String line) {
    System.out.println("[bench] " + line);
    System.out.flush();
  }
}

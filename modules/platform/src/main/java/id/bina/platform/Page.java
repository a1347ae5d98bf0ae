package id.bina.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: every list in Bina is paged, with a bounded page size. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public int totalPages() {
    return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
  }
}

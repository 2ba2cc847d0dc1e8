package loa.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import loa.campaign.PhoneNumber;
import org.junit.jupiter.api.Test;

class NumberSetTest {

    @Test
    void iteratesEveryNumberOnceInIndexOrderAcrossPages() {
        List<PhoneNumber> numbers = List.of("0300000000", "0300000063", "0300000064", "0312345678", "0512345678",
                "0912345601", "0912345602", "0999999999").stream().map(PhoneNumber::parse).toList();
        NumberSet set = new NumberSet();
        for (int i = numbers.size() - 1; i >= 0; i--) set.add(numbers.get(i));
        set.add(numbers.get(3));

        assertThat(set).containsExactlyElementsOf(numbers);
    }

    @Test
    void anEmptySetHasNothingToIterate() {
        assertThat(new NumberSet()).isEmpty();
    }
}

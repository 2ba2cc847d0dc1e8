package loa.harness.voicebrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DialogUriTest {

    @Test
    void readsTheUrlEncodedDialogOfAnRfc5552RequestUri() throws Exception {
        URI dialog = DialogUri.parse("sip:dialog@127.0.0.1:5070;voicexml=http%3A%2F%2F127.0.0.1%3A8080%2Fd%3Fa%3D1%26t%3Dx%2By;maxage=0");

        assertThat(dialog).isEqualTo(URI.create("http://127.0.0.1:8080/d?a=1&t=x+y"));
    }

    @Test
    void acceptsAnUnencodedUrlWithoutSemicolonsOrQuestionMarks() throws Exception {
        assertThat(DialogUri.parse("sip:dialog@vb;VoiceXML=https://app/main.vxml")).isEqualTo(URI.create("https://app/main.vxml"));
    }

    @Test
    void aUriNamingSomeoneElseIsNotFound() {
        assertThatThrownBy(() -> DialogUri.parse("sip:84901234567@127.0.0.1:5070;voicexml=http://a/b"))
                .isInstanceOfSatisfying(DialogUri.Refused.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThatThrownBy(() -> DialogUri.parse("tel:+84901234567"))
                .isInstanceOfSatisfying(DialogUri.Refused.class, r -> assertThat(r.status()).isEqualTo(404));
    }

    @Test
    void aDialogRequestWithoutAnHttpDialogIsBad() {
        for (String uri : new String[] {"sip:dialog@vb", "sip:dialog@vb;voicexml=", "sip:dialog@vb;voicexml=file%3A%2F%2F%2Fetc%2Fpasswd",
                "sip:dialog@vb;voicexml=http%3A%2F%2F%5B", "sip:dialog@vb;voicexml=%zz"}) {
            assertThatThrownBy(() -> DialogUri.parse(uri)).as(uri)
                    .isInstanceOfSatisfying(DialogUri.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
        }
    }
}

package loa.vxml;

import java.nio.charset.StandardCharsets;

/**
 * What a voice browser gets when loa cannot serve its request: a valid VoiceXML document that
 * apologises and hangs up. Fixed in code, so no template edit can break it.
 */
final class ErrorDialog {
    static final byte[] BYTES = ("""
            <?xml version="1.0" encoding="UTF-8"?>
            <vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="vi-VN">
              <form id="sorry">
                <block>
                  <prompt>Xin lỗi quý khách, cuộc gọi không thể tiếp tục. Xin cảm ơn quý khách.</prompt>
                  <disconnect/>
                </block>
              </form>
            </vxml>
            """).getBytes(StandardCharsets.UTF_8);

    private ErrorDialog() {
    }
}

/**
 * The voice browser's VoiceXML 2.1 interpreter: {@link loa.harness.voicebrowser.vxml.VoiceXmlInterpreter},
 * a {@link loa.harness.voicebrowser.DialogRunner} good enough to be test equipment for loa's
 * dialogs. Documents are fetched over real HTTP and parsed namespace-aware; only elements in the
 * VoiceXML namespace count.
 *
 * <h2>The subset</h2>
 * <ul>
 *   <li>Documents: {@code var}, inline {@code script}, handlers, {@code property}, {@code meta}
 *       (ignored); the first {@code form}, or the one a URI fragment names.</li>
 *   <li>The form interpretation algorithm for {@code block} and {@code field}: item variables
 *       and {@code cond}/{@code expr}, prompt counters and {@code prompt count}, event counters
 *       per item and per form visit, prompts not re-queued after a handler without
 *       {@code reprompt}, field and form {@code filled} (mode all/any, namelist).</li>
 *   <li>Fields take single DTMF keys against inline SRGS grammars ({@code rule}, {@code one-of},
 *       {@code item}) with {@code mode="dtmf"}; voice grammars are ignored.</li>
 *   <li>Executable content: {@code var}, {@code assign}, {@code script}, {@code if}/{@code elseif}/
 *       {@code else}, {@code prompt}, {@code audio}, {@code value}, {@code break}, text,
 *       {@code goto} (next, expr, #form, nextitem, expritem), {@code submit} (next, expr,
 *       namelist, get/post, urlencoded), {@code exit}, {@code disconnect}, {@code throw},
 *       {@code clear}, {@code reprompt}, {@code log}.</li>
 *   <li>Events: {@code catch}, {@code error}, {@code noinput}, {@code nomatch}, {@code help}
 *       with {@code count} and {@code cond}, at field, form and document level, by token prefix;
 *       {@code _event} and {@code _message}; the platform's default handlers.</li>
 *   <li>Properties {@code timeout} and {@code bargein}; a prompt's own {@code timeout}.</li>
 *   <li>ECMAScript in Rhino, interpreted: session → application → document → dialog →
 *       anonymous scopes; the session map as nested objects.</li>
 * </ul>
 * Anything else ({@code menu}, {@code subdialog}, {@code transfer}, {@code record},
 * {@code object}, {@code initial}, {@code return}, external grammars and scripts, builtin field
 * types, application root documents, multi-digit input, speech) throws
 * {@code error.unsupported.*}: a dialog that needs more than this fails loudly, not quietly.
 * There is no speech synthesis: text is silence as long as it would take to say.
 */
package loa.harness.voicebrowser.vxml;

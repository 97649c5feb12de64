"""SVG files of a package are parsed as XML and allowed only when they are inert.

A browser runs an SVG opened on its own (or through <object>/<iframe>) as a document: scripts,
event handlers, javascript: links and external resources all work there. A regular expression
over the bytes misses what an XML parser sees (namespace prefixes, character references,
UTF-16), so the file is parsed with expat, namespace-aware, and every element and attribute is
checked against an allowlist after the parser has decoded entities and character references:

- elements: SVG elements that draw, group, define fonts, gradients, filters and text; inside
  <metadata> editors' own vocabularies (Inkscape, RDF, icomoon's <json>) are inert and allowed;
- never: script, handler, foreignObject, iframe, object, embed in any namespace, any element in
  the XHTML namespace, processing instructions (xml-stylesheet), entity declarations or any
  DOCTYPE with an internal subset (a plain ``<!DOCTYPE svg PUBLIC ...>`` is fine);
- attributes: SVG presentation and geometry attributes, ``xlink:``/``xml:`` ones, ``data-*``
  and ``aria-*``; never an event handler (``on...``) in any namespace, never ``xml:base``;
- references (href, xlink:href, CSS url()) point inside the file (``#id``) or are inline raster
  images (``data:image/png|jpeg|gif|webp``); CSS has no ``@import``, no escapes, no
  ``expression()`` or ``javascript:``;
- any encoding expat reads (UTF-8, UTF-16 with a BOM or declaration, Latin-1, ASCII, ...).
"""

from __future__ import annotations

import re
import xml.parsers.expat

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XHTML_NS = "http://www.w3.org/1999/xhtml"

# Editors' metadata vocabularies: browsers treat their elements and attributes as inert data.
INERT_NAMESPACES = frozenset(
    {
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
        "http://ns.adobe.com/AdobeIllustrator/10.0/",
        "http://ns.adobe.com/Extensibility/1.0/",
        "http://ns.adobe.com/Graphs/1.0/",
        "http://ns.adobe.com/SaveForWeb/1.0/",
        "http://ns.adobe.com/Variables/1.0/",
        "http://ns.adobe.com/ImageReplacement/1.0/",
        "http://ns.adobe.com/GenericCustomNamespace/1.0/",
        "http://ns.adobe.com/XPath/1.0/",
        "http://www.bohemiancoding.com/sketch/ns",
        "http://www.serif.com/",
    }
)

NEVER_ELEMENTS = frozenset(
    {"script", "handler", "foreignobject", "iframe", "object", "embed", "listener", "frame"}
)

SVG_ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "desc", "title", "metadata", "symbol", "use", "switch", "view",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
        "text", "tspan", "textpath", "tref", "altglyph", "altglyphdef", "altglyphitem",
        "glyphref", "marker", "pattern", "clippath", "mask", "lineargradient",
        "radialgradient", "stop", "style", "a", "filter", "font", "font-face",
        "font-face-src", "font-face-name", "font-face-format", "font-face-uri", "glyph",
        "missing-glyph", "hkern", "vkern", "color-profile", "cursor", "animate",
        "animatetransform", "animatemotion", "animatecolor", "mpath", "set",
        "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite",
        "feconvolvematrix", "fediffuselighting", "fedisplacementmap", "fedistantlight",
        "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr",
        "fegaussianblur", "feimage", "femerge", "femergenode", "femorphology", "feoffset",
        "fepointlight", "fespecularlighting", "fespotlight", "fetile", "feturbulence",
    }
)  # fmt: skip

SVG_ATTRIBUTES = frozenset(
    {
        # core, style, conditional processing
        "id", "class", "style", "lang", "tabindex", "role", "version", "baseprofile",
        "requiredfeatures", "requiredextensions", "systemlanguage", "externalresourcesrequired",
        "type", "media", "title", "enable-background", "preserveaspectratio", "viewbox",
        "zoomandpan", "contentscripttype", "contentstyletype", "focusable", "display",
        # geometry
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
        "width", "height", "d", "points", "pathlength", "transform", "dx", "dy", "rotate",
        "textlength", "lengthadjust", "startoffset", "method", "spacing", "side",
        # markers, patterns, gradients, masks, clips
        "markerwidth", "markerheight", "markerunits", "refx", "refy", "orient",
        "patternunits", "patterncontentunits", "patterntransform", "gradientunits",
        "gradienttransform", "spreadmethod", "offset", "maskunits", "maskcontentunits",
        "clippathunits", "href",
        # presentation
        "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color",
        "color-interpolation", "color-interpolation-filters", "color-profile",
        "color-rendering", "cursor", "direction", "dominant-baseline", "fill",
        "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font-family",
        "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant",
        "font-weight", "glyph-orientation-horizontal", "glyph-orientation-vertical",
        "image-rendering", "kerning", "letter-spacing", "lighting-color", "marker",
        "marker-end", "marker-mid", "marker-start", "mask", "mask-type", "opacity",
        "overflow", "paint-order", "pointer-events", "shape-rendering", "stop-color",
        "stop-opacity", "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width",
        "text-anchor", "text-decoration", "text-rendering", "unicode-bidi", "vector-effect",
        "visibility", "word-spacing", "writing-mode", "isolation", "mix-blend-mode",
        "transform-origin", "transform-box",
        # fonts
        "horiz-adv-x", "horiz-origin-x", "horiz-origin-y", "vert-adv-y", "vert-origin-x",
        "vert-origin-y", "unicode", "glyph-name", "arabic-form", "orientation", "units-per-em",
        "ascent", "descent", "x-height", "cap-height", "bbox", "underline-position",
        "underline-thickness", "strikethrough-position", "strikethrough-thickness",
        "overline-position", "overline-thickness", "unicode-range", "panose-1", "slope",
        "stemv", "stemh", "widths", "alphabetic", "ideographic", "hanging", "mathematical",
        "v-alphabetic", "v-ideographic", "v-hanging", "v-mathematical", "accent-height",
        "format", "glyphref", "u1", "u2", "g1", "g2", "k", "name",
        # filters
        "filterunits", "primitiveunits", "filterres", "in", "in2", "result", "mode",
        "values", "operator", "k1", "k2", "k3", "k4", "stddeviation", "edgemode",
        "kernelmatrix", "kernelunitlength", "order", "divisor", "bias", "targetx",
        "targety", "preservealpha", "surfacescale", "diffuseconstant", "specularconstant",
        "specularexponent", "limitingconeangle", "pointsatx", "pointsaty", "pointsatz",
        "azimuth", "elevation", "z", "scale", "xchannelselector", "ychannelselector",
        "basefrequency", "numoctaves", "seed", "stitchtiles", "radius", "tablevalues",
        "intercept", "amplitude", "exponent",
        # animation (which attribute it changes is checked apart)
        "attributename", "attributetype", "begin", "dur", "end", "min", "max", "restart",
        "repeatcount", "repeatdur", "calcmode", "keytimes", "keysplines", "keypoints",
        "from", "to", "by", "additive", "accumulate", "path",
        # links inside the file
        "target",
    }
)  # fmt: skip

LINK_ATTRIBUTES = frozenset({"href", "src"})
DANGEROUS_URL = re.compile(r"(?:java|vb|live)script:|data:(?!image/(?:png|jpe?g|gif|webp)[;,])")
SAFE_REFERENCE = re.compile(r"^(?:#[^\s]*|data:image/(?:png|jpe?g|gif|webp)[;,].*)$", re.DOTALL)
CSS_URL = re.compile(r"url\s*\(\s*(['\"]?)(.*?)\1\s*\)", re.DOTALL)
CSS_DANGER = re.compile(r"@import|expression\s*\(|behavior\s*:|-moz-binding|\\|<")


class SvgRefused(Exception):
    """Why an SVG file is not inert; the message names the element or attribute."""


def svg_problem(data: bytes) -> str | None:
    """None for an inert SVG, else a short English reason (kept technical: element and
    attribute names)."""
    checker = _Checker()
    try:
        checker.run(data)
    except SvgRefused as refused:
        return str(refused)
    except xml.parsers.expat.ExpatError as exc:
        return f"not well-formed XML ({xml.parsers.expat.ErrorString(exc.code)})"
    except (ValueError, LookupError, RecursionError):
        return "unreadable encoding"
    if not checker.saw_root:
        return "no <svg> element"
    return None


def _normalise_url(value: str) -> str:
    # Browsers drop ASCII whitespace and control characters inside a URL's scheme.
    return re.sub(r"[\x00-\x20\x7f]+", "", value).lower()


def _split(name: str) -> tuple[str, str]:
    namespace, _sep, local = name.rpartition(" ")
    return namespace, local


class _Checker:
    def __init__(self):
        self.saw_root = False
        self.stack: list[tuple[str, str]] = []
        self.metadata_depth = 0
        self.style_depth = 0
        self.style_text: list[str] = []

    def run(self, data: bytes) -> None:
        parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity
        parser.UnparsedEntityDeclHandler = self.entity
        parser.ExternalEntityRefHandler = self.external_entity
        parser.ProcessingInstructionHandler = self.processing_instruction
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.Parse(data, True)

    def doctype(self, name, system_id, public_id, has_internal_subset):
        if has_internal_subset:
            raise SvgRefused("a DOCTYPE with its own declarations")

    def entity(self, *args):
        raise SvgRefused("an entity declaration")

    def external_entity(self, *args):
        raise SvgRefused("an external entity")

    def processing_instruction(self, target, data):
        raise SvgRefused(f"a processing instruction <?{target[:40]}?>")

    def start(self, name: str, attributes: dict) -> None:
        namespace, local = _split(name)
        lowered = local.lower()
        if lowered in NEVER_ELEMENTS or namespace == XHTML_NS:
            raise SvgRefused(f"the element <{local[:40]}>")
        if not self.stack:
            if (namespace, local) != (SVG_NS, "svg"):
                raise SvgRefused("the root element is not <svg> in the SVG namespace")
            self.saw_root = True
        in_metadata = self.metadata_depth > 0
        allowed = namespace in INERT_NAMESPACES or (namespace == SVG_NS and lowered in SVG_ELEMENTS)
        if not (in_metadata or allowed):
            raise SvgRefused(f"the element <{local[:40]}>")
        if (namespace, lowered) == (SVG_NS, "metadata") or in_metadata:
            self.metadata_depth += 1
        if (namespace, lowered) == (SVG_NS, "style"):
            self.style_depth += 1
        for attribute, value in attributes.items():
            self.attribute(lowered, attribute, value, strict=not in_metadata)
        if lowered in {"animate", "set", "animatecolor"}:
            target = attributes.get("attributeName", "").strip().lower()
            if "href" in target or target.startswith("on") or target.startswith("xlink:"):
                raise SvgRefused(f"<{local}> that changes {target[:40]}")
        self.stack.append((namespace, lowered))

    def end(self, name: str) -> None:
        namespace, lowered = self.stack.pop()
        if self.metadata_depth:
            self.metadata_depth -= 1
        if (namespace, lowered) == (SVG_NS, "style"):
            self.style_depth -= 1
            _check_css("".join(self.style_text))  # whole: expat may split text anywhere
            self.style_text = []

    def text(self, data: str) -> None:
        if self.style_depth:
            self.style_text.append(data)

    def attribute(self, element: str, attribute: str, value: str, *, strict: bool) -> None:
        namespace, local = _split(attribute)
        lowered = local.lower()
        shown = f"the attribute {local[:40]} on <{element[:40]}>"
        if lowered.startswith("on"):
            raise SvgRefused(f"an event handler: {shown}")
        if DANGEROUS_URL.search(_normalise_url(value)):
            raise SvgRefused(f"a script or document URL in {shown}")
        is_link = lowered in LINK_ATTRIBUTES or (namespace == XLINK_NS and lowered == "href")
        if is_link and not SAFE_REFERENCE.match(value.strip()):
            raise SvgRefused(f"an external reference in {shown}")
        if lowered == "style" or "url(" in value.lower().replace(" ", ""):
            _check_css(value)
        if namespace == XML_NS:
            if lowered not in {"space", "lang"}:
                raise SvgRefused(shown)
        elif namespace == XLINK_NS or namespace in INERT_NAMESPACES:
            return
        elif namespace or (strict and not _known_attribute(lowered)):
            raise SvgRefused(shown)


def _known_attribute(name: str) -> bool:
    return name in SVG_ATTRIBUTES or name.startswith(("data-", "aria-"))


def _check_css(css: str) -> None:
    if CSS_DANGER.search(css.lower()):
        raise SvgRefused("@import, an escape or a script in a stylesheet")
    if DANGEROUS_URL.search(_normalise_url(css)):
        raise SvgRefused("a script URL in a stylesheet")
    for _quote, target in CSS_URL.findall(css):
        if not SAFE_REFERENCE.match(target.strip()):
            raise SvgRefused("an external reference in a stylesheet url()")

#!/usr/bin/env python3
"""Writes the whole-document part of the labelled evaluation set, Eval/dokument/*.docx.

Three documents built the way real Swedish tender and framework files are built (by hand,
as Word writes them: Swedish style ids, numbered headings from numbering.xml, content
controls showing their placeholder, text boxes in mc:AlternateContent, answer tables):

- kontraktsmall.docx     a region's contract template (whole clauses in heading styles)
- avropsforfragan.docx   a call-off request for IT consultants made from a template
- allmanna-villkor.docx  general terms of a framework agreement with numbered clauses

The labels are Eval/dokument/*.yml, written by hand. The text is written for this project.
Output is deterministic (fixed zip timestamps and order); run again only to change it.
Python 3 standard library only."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Eval", "dokument")
STAMP = (2025, 9, 1, 8, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    ' mc:Ignorable="w14"')

TEXT_PLACEHOLDER = "Klicka eller tryck här för att ange text."
DATE_PLACEHOLDER = "Klicka eller tryck för att ange ett datum."
LIST_PLACEHOLDER = "Välj ett objekt."


def attr(value):
    return escape(value, {'"': "&quot;"})


class Raw(str):
    """XML to put into a paragraph as it is (a content control, a text box)."""


class Bold(str):
    """Text of a bold run."""


def run(text, rpr=""):
    """One or more runs for text; a tab in the text becomes w:tab."""
    out = []
    for index, piece in enumerate(text.split("\t")):
        if index:
            out.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if piece:
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            out.append(f"<w:r>{rpr}<w:t{space}>{escape(piece)}</w:t></w:r>")
    return "".join(out)


def parts_xml(parts):
    out = []
    for part in parts:
        if isinstance(part, Raw):
            out.append(part)
        elif isinstance(part, Bold):
            out.append(run(part, "<w:rPr><w:b/></w:rPr>"))
        else:
            out.append(run(part))
    return "".join(out)


class Document:
    """Collects the body of one document and the list instances its numbering needs."""

    def __init__(self, body_style="Brdtext", clause_level_in_headings=False):
        self.body = []
        self.body_style = body_style
        self.clause_level_in_headings = clause_level_in_headings
        self.lists = []          # (numId, abstractNumId) of every list that restarts at 1
        self.next_num = 10
        self.next_control = 101
        self.next_shape = 1

    # Paragraphs -------------------------------------------------------------------------
    def paragraph(self, parts, style=None, num=None, keep_next=False, jc=None):
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if keep_next:
            ppr.append("<w:keepNext/>")
        if num:
            ppr.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        props = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        return f"<w:p>{props}{parts_xml(parts)}</w:p>"

    def add(self, xml):
        self.body.append(xml)

    def title(self, *parts):
        self.add(self.paragraph(parts, "Rubrik"))

    def subtitle(self, *parts):
        self.add(self.paragraph(parts, "Underrubrik"))

    def h1(self, *parts):
        self.add(self.paragraph(parts, "Rubrik1"))

    def h2(self, *parts):
        self.add(self.paragraph(parts, "Rubrik2"))

    def h3(self, *parts):
        self.add(self.paragraph(parts, "Rubrik3"))

    def p(self, *parts):
        self.add(self.paragraph(parts, self.body_style))

    def typed_heading(self, text):
        """A subheading typed as a plain paragraph: number and title in bold body text."""
        self.add(self.paragraph([Bold(text)], self.body_style, keep_next=True))

    def guidance(self, text):
        """An instruction to the person filling in the document, in the style Anvisning."""
        self.add(self.paragraph([text], "Anvisning"))

    def clause(self, *parts):
        """A paragraph in the numbered clause style."""
        self.add(self.paragraph(parts, "Numreradklausul"))

    def bullets(self, items):
        for item in items:
            self.add(self.paragraph([item] if isinstance(item, str) else item, "Liststycke", num=2))

    def numbered(self, items):
        num = self.next_num
        self.next_num += 1
        self.lists.append((num, 2))
        for item in items:
            self.add(self.paragraph([item] if isinstance(item, str) else item, "Liststycke", num=num))

    # Content controls -------------------------------------------------------------------
    def _control(self, alias, kind, placeholder):
        ident = self.next_control
        self.next_control += 1
        return Raw(
            '<w:sdt><w:sdtPr><w:rPr><w:rStyle w:val="Platshllartext"/></w:rPr>'
            f'<w:alias w:val="{attr(alias)}"/><w:tag w:val="{attr(alias.lower())}"/><w:id w:val="{-1830000000 + ident * 7919}"/>'
            f"<w:showingPlcHdr/>{kind}</w:sdtPr><w:sdtEndPr/><w:sdtContent>"
            f'<w:r><w:rPr><w:rStyle w:val="Platshllartext"/></w:rPr><w:t>{escape(placeholder)}</w:t></w:r>'
            "</w:sdtContent></w:sdt>")

    def text_control(self, alias):
        return self._control(alias, "<w:text/>", TEXT_PLACEHOLDER)

    def date_control(self, alias):
        return self._control(
            alias, '<w:date><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>', DATE_PLACEHOLDER)

    def dropdown_control(self, alias, items):
        entries = f'<w:listItem w:displayText="{LIST_PLACEHOLDER}" w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{attr(item)}" w:value="{attr(item)}"/>' for item in items)
        return self._control(alias, f"<w:dropDownList>{entries}</w:dropDownList>", LIST_PLACEHOLDER)

    # Text boxes -------------------------------------------------------------------------
    def textbox(self, heading, paragraphs, height_cm=4.0):
        """A yellow guidance box anchored to an otherwise empty paragraph, as Word writes it:
        the DrawingML shape in mc:Choice and the same text again in a VML mc:Fallback."""
        n = self.next_shape
        self.next_shape += 1
        cx, cy = 5760000, int(height_cm * 360000)
        content = "<w:txbxContent>" + self.paragraph([Bold(heading)], "Anvisning") + "".join(
            self.paragraph([text], "Anvisning") for text in paragraphs) + "</w:txbxContent>"
        choice = (
            '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251658240 + n * 1024}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="{n}" name="Textruta {n}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill></a:ln>'
            f'</wps:spPr><wps:txbx>{content}</wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
            '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
        fallback = (
            '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Textruta {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:453.6pt;height:{height_cm * 28.35:.1f}pt;'
            'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" '
            f'fillcolor="#fff2cc" strokecolor="#bf9000"><v:textbox style="mso-fit-shape-to-text:t">{content}</v:textbox>'
            '</v:shape></w:pict>')
        box = Raw(f"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">{choice}</mc:Choice>"
                  f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>")
        self.add(self.paragraph([box], self.body_style))

    # Tables -----------------------------------------------------------------------------
    def table(self, rows, widths, header=True):
        """rows: lists of cells; a cell is text, a list of parts (one paragraph) or a tuple of
        texts (several paragraphs). The first row is a repeated header row when header."""
        total = sum(widths)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="{total}" w:type="dxa"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
               f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for index, row in enumerate(rows):
            is_header = header and index == 0
            out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if is_header else ""))
            for width, cell in zip(widths, row):
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if is_header else ""
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>')
                if isinstance(cell, tuple):
                    paragraphs = [[text] for text in cell]
                elif isinstance(cell, list):
                    paragraphs = [cell]
                else:
                    paragraphs = [[cell] if cell else []]
                for parts in paragraphs:
                    if is_header:
                        parts = [Bold(x) if type(x) is str else x for x in parts]
                    out.append(self.paragraph(parts, "Tabelltext"))
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.add("".join(out))
        self.add(self.paragraph([], self.body_style))

    # The package ------------------------------------------------------------------------
    def document_xml(self):
        sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
                'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}><w:body>'
                + "\n".join(self.body) + sect + "</w:body></w:document>")

    def numbering_xml(self):
        def level(ilvl, fmt, text, style=None, indent=0, hanging=567):
            pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
            return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{indent + hanging}" w:hanging="{hanging}"/></w:pPr></w:lvl>')
        second = "Numreradklausul" if self.clause_level_in_headings else "Rubrik2"
        headings = ('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C3E01"/><w:multiLevelType w:val="multilevel"/>'
                    + level(0, "decimal", "%1", "Rubrik1", 0, 567)
                    + level(1, "decimal", "%1.%2", second, 0, 709)
                    + level(2, "decimal", "%1.%2.%3", "Rubrik3", 0, 851)
                    + "".join(level(i, "decimal", "%1." + ".".join(f"%{k}" for k in range(2, i + 2)), None, 0, 1134)
                              for i in range(3, 9)) + "</w:abstractNum>")
        bullets = ('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5A1C3E02"/><w:multiLevelType w:val="hybridMultilevel"/>'
                   + level(0, "bullet", "–", None, 0, 360) + level(1, "bullet", "o", None, 360, 360) + "</w:abstractNum>")
        decimal = ('<w:abstractNum w:abstractNumId="2"><w:nsid w:val="5A1C3E03"/><w:multiLevelType w:val="hybridMultilevel"/>'
                   + level(0, "decimal", "%1.", None, 0, 360) + level(1, "lowerLetter", "%2)", None, 360, 360) + "</w:abstractNum>")
        clauses = ('<w:abstractNum w:abstractNumId="3"><w:nsid w:val="5A1C3E04"/><w:multiLevelType w:val="singleLevel"/>'
                   + level(0, "decimal", "%1.", None if self.clause_level_in_headings else "Numreradklausul", 0, 567)
                   + "</w:abstractNum>")
        nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
                '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
                '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
                '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>']
        for num, abstract in self.lists:
            nums.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>'
                        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
                + headings + bullets + decimal + clauses + "".join(nums) + "</w:numbering>")

    def styles_xml(self):
        clause_num = ('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>' if self.clause_level_in_headings
                      else '<w:numPr><w:numId w:val="4"/></w:numPr>')

        def heading(level, size, before):
            return (f'<w:style w:type="paragraph" w:styleId="Rubrik{level}"><w:name w:val="heading {level}"/>'
                    f'<w:basedOn w:val="Normal"/><w:next w:val="{self.body_style}"/><w:link w:val="Rubrik{level}Char"/>'
                    '<w:uiPriority w:val="9"/><w:qFormat/>'
                    f'<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="{level - 1}"/><w:numId w:val="1"/></w:numPr>'
                    f'<w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
                    f'<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>{"<w:b/>" if level < 3 else ""}'
                    f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
                    f'<w:style w:type="character" w:customStyle="1" w:styleId="Rubrik{level}Char"><w:name w:val="Rubrik {level} Char"/>'
                    f'<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik{level}"/><w:uiPriority w:val="9"/>'
                    f'<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:sz w:val="{size}"/></w:rPr></w:style>')

        return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="Ingenlista"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Brdtext"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:link w:val="BrdtextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="BrdtextChar"><w:name w:val="Brödtext Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Brdtext"/><w:uiPriority w:val="99"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="{self.body_style}"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Underrubrik"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="{self.body_style}"/><w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A"/><w:sz w:val="28"/></w:rPr></w:style>
{heading(1, 32, 360)}
{heading(2, 26, 240)}
{heading(3, 22, 200)}
<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Numreradklausul"><w:name w:val="Numrerad klausul"/><w:basedOn w:val="Brdtext"/><w:qFormat/><w:pPr>{clause_num}<w:spacing w:after="120"/><w:ind w:left="709" w:hanging="709"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Anvisning"><w:name w:val="Anvisning"/><w:basedOn w:val="Normal"/><w:next w:val="{self.body_style}"/><w:qFormat/><w:rPr><w:i/><w:color w:val="2F5496"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabelltext"><w:name w:val="Tabelltext"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Platshllartext"><w:name w:val="Placeholder Text"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""


def header_xml(text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NAMESPACES}>'
            f'<w:p><w:pPr><w:pStyle w:val="Sidhuvud"/></w:pPr>{run(text)}</w:p></w:hdr>')


def footer_xml():
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    pages = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NAMESPACES}>'
            f'<w:p><w:pPr><w:pStyle w:val="Sidfot"/><w:jc w:val="right"/></w:pPr>{field}{run(" (")}{pages}{run(")")}</w:p></w:ftr>')


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>
<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"""


def core_xml(title, creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>7</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-18T07:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-01T08:00:00Z</dcterms:modified></cp:coreProperties>')


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<AppVersion>16.0000</AppVersion></Properties>')


def write_docx(name, doc, title, creator, header):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", core_xml(title, creator)),
        ("docProps/app.xml", APP),
        ("word/document.xml", doc.document_xml()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", doc.styles_xml()),
        ("word/numbering.xml", doc.numbering_xml()),
        ("word/settings.xml", SETTINGS),
        ("word/header1.xml", header_xml(header)),
        ("word/footer1.xml", footer_xml()),
    ]
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w") as archive:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------
# 1. Kontraktsmall: a region's contract template for services (roll: mall)
# ---------------------------------------------------------------------------------------
def kontraktsmall():
    d = Document(body_style="Brdtext")
    d.title("Kontrakt")
    d.subtitle(d.text_control("Upphandlingens namn"))
    d.p("Diarienummer: ", d.text_control("Diarienummer"))
    d.textbox("Så använder du mallen", [
        "Mallen används för kontrakt om tjänster som Region Norrmark tilldelar efter en upphandling. "
        "Text inom hakparentes och grå fält ska fyllas i eller tas bort innan kontraktet skickas till leverantören för underskrift.",
        "Anvisningar i blå kursiv stil riktar sig till dig som handläggare. Ta bort dem, och den här rutan, när kontraktet är klart. "
        "Kontakta upphandlingsenheten om du vill ändra i en standardklausul.",
    ])

    d.h1("Parter")
    d.p("Detta kontrakt har ingåtts mellan följande parter.")
    d.table([
        ["Beställare", "Leverantör"],
        ["Region Norrmark", ["Namn: ", d.text_control("Leverantörens namn")]],
        ["Organisationsnummer: 232100-0000", ["Organisationsnummer: ", d.text_control("Leverantörens organisationsnummer")]],
        ["Box 400, 901 85 Norrby", ["Adress: ", d.text_control("Leverantörens adress")]],
        [["Kontaktperson: ", d.text_control("Beställarens kontaktperson")], ["Kontaktperson: ", d.text_control("Leverantörens kontaktperson")]],
    ], [4530, 4530])
    d.p("Region Norrmark kallas nedan Beställaren och den leverantör som anges ovan kallas Leverantören. "
        "Beställaren och Leverantören kallas var för sig Part och tillsammans Parterna.")

    d.h1("Definitioner")
    d.p("De begrepp som skrivs med stor begynnelsebokstav har i Kontraktet den betydelse som anges nedan.")
    d.table([
        ["Begrepp", "Betydelse"],
        ["Kontraktet", "Detta kontraktsdokument med de bilagor som räknas upp i avsnitt 3."],
        ["Uppdraget", "De tjänster som Leverantören ska utföra enligt Kontraktet."],
        ["Kontraktstiden", "Den tid som Kontraktet gäller, inklusive en eventuell förlängning."],
        ["Nyckelperson", "En person hos Leverantören som har pekats ut i anbudet och som är särskilt viktig för att Uppdraget ska kunna utföras."],
        ["Underleverantör", "Den som Leverantören anlitar för att utföra en del av Uppdraget."],
        ["Arbetsdag", "Måndag till fredag, utom helgdagar, midsommarafton, julafton och nyårsafton."],
    ], [2400, 6660])

    d.h1("Kontraktshandlingar")
    d.h2("Kontraktet består av nedanstående handlingar. Om handlingarna skulle vara motsägelsefulla gäller de i följande ordning, "
         "om inte omständigheterna uppenbart visar något annat.")
    d.numbered([
        "Skriftliga ändringar och tillägg till Kontraktet",
        "Detta kontraktsdokument",
        "Bilaga 1 Kravspecifikation",
        "Bilaga 2 Prisbilaga",
        "Bilaga [X] Personuppgiftsbiträdesavtal",
        "Upphandlingsdokumenten med eventuella förtydliganden och kompletteringar",
        "Leverantörens anbud",
    ])
    d.guidance("[Anvisning: Lägg till eller ta bort bilagor så att listan stämmer med upphandlingen. "
               "Bilagornas nummer ska vara samma som i upphandlingsdokumenten.]")

    d.h1("Kontraktstid")
    d.h2("Kontraktet gäller från och med ", d.date_control("Startdatum"), " till och med ", d.date_control("Slutdatum"), ".")
    d.h2("Beställaren har rätt att förlänga Kontraktet med [ett (1) + ett (1)] år på oförändrade villkor.")
    d.h3("Förlängning ska meddelas Leverantören skriftligen senast tre (3) månader innan Kontraktstiden löper ut. "
         "Kontraktets sammanlagda längd får inte överstiga fyra (4) år.")
    d.guidance("[I det fall Kontraktet inte ska kunna förlängas, stryk detta stycke och stycket närmast ovan.]")

    d.h1("Uppdragets omfattning och utförande")
    d.h2("Uppdraget omfattar de tjänster som beskrivs i Bilaga 1 Kravspecifikation.")
    d.guidance("[Anvisning: Beskriv kortfattat vad Uppdraget går ut på, till exempel ”Utbildning i patientsäker läkemedelshantering "
               "för regionens vårdenheter”. Hänvisa till bilagor i stället för att skriva av kravspecifikationen.]")
    d.p("Kort beskrivning av Uppdraget: ", d.text_control("Beskrivning av uppdraget"))
    d.h3("Leverantören ska utföra Uppdraget fackmässigt och i enlighet med Kontraktet.")
    d.h3("Leverantören ska vid var tid känna till och följa de lagar, förordningar och myndighetsföreskrifter som gäller för Uppdraget.")
    d.h3("Leverantören ska tillse att all personal som utför Uppdraget har erforderlig utbildning och erfarenhet.")
    d.p("Uppdraget ska i huvudsak utföras ", d.dropdown_control("Plats för utförande", [
        "i Beställarens lokaler", "i Leverantörens lokaler", "på distans", "enligt särskild överenskommelse"]), ".")
    d.h3("Leverantörens personal ska kunna inställa sig i Beställarens lokaler inom två timmar från det att Beställaren har begärt det.")
    d.h3("Leverantören ska under hela Kontraktstiden ha ett bemannat kontor inom Region Norrmarks geografiska område.")
    d.typed_heading("5.2 Leverantörens ansvar")
    d.p("Leverantören ansvarar för att Uppdraget utförs med den skicklighet och omsorg som kan krävas av en erfaren och kvalificerad "
        "leverantör av motsvarande tjänster.")
    d.p("Leverantören ansvarar för arbete som utförs av Underleverantör såsom för eget arbete.")
    d.p("Om Leverantören upptäcker att ett fel eller en brist i Beställarens underlag kan påverka Uppdraget ska Leverantören genast "
        "meddela Beställaren skriftligen.")
    d.typed_heading("5.3 Kvalitet och uppföljning")
    d.p("Leverantören ska följa upp Uppdraget enligt de nyckeltal som anges i Bilaga 1 och redovisa utfallet av KPI:erna till "
        "Beställaren varje kvartal.")
    d.p("Parterna ska hålla uppföljningsmöten [en gång per kvartal/två gånger per år]. Leverantören ska föra protokoll från mötena.")
    d.p("Beställaren har rätt att genomföra en granskning av att Leverantören uppfyller sina åtaganden enligt Kontraktet. "
        "Leverantören ska på begäran lämna de uppgifter som behövs för granskningen.")

    d.h1("Leverantörens personal")
    d.h2("Leverantören ska utföra Uppdraget med de Nyckelpersoner som anges nedan.")
    d.table([
        ["Namn", "Roll i Uppdraget", "Kompetens enligt anbudet"],
        [[d.text_control("Nyckelperson 1 namn")], [d.text_control("Nyckelperson 1 roll")], [d.text_control("Nyckelperson 1 kompetens")]],
        [[d.text_control("Nyckelperson 2 namn")], [d.text_control("Nyckelperson 2 roll")], [d.text_control("Nyckelperson 2 kompetens")]],
    ], [2800, 2800, 3460])
    d.h3("Leverantören får inte byta ut en Nyckelperson utan Beställarens skriftliga godkännande. En ny Nyckelperson ska ha minst "
         "motsvarande kompetens och erfarenhet som den som ersätts.")
    d.h3("Beställaren har rätt att kräva att Leverantören byter ut personal som inte uppfyller kraven i Kontraktet eller som på annat "
         "sätt inte fungerar i Uppdraget. Leverantören ska i sådant fall ombesörja att en ersättare finns på plats inom tio (10) "
         "Arbetsdagar utan extra kostnad för Beställaren.")
    d.h3("Leverantören ska se till att personal som arbetar i Beställarens lokaler bär synlig id-handling och följer Beställarens "
         "regler för säkerhet och hygien.")

    d.h1("Pris och ersättning")
    d.h2("Ersättning för Uppdraget betalas enligt Bilaga 2 Prisbilaga. I priserna ingår samtliga kostnader för Uppdraget, inklusive "
         "resor, traktamenten och administration, om inte annat anges i prisbilagan.")
    d.h2("Priserna är fasta under de första tolv (12) månaderna av Kontraktstiden.")
    d.h3("Därefter äger Leverantören rätt att en gång per år justera priserna i enlighet med förändringen av Arbetskostnadsindex för "
         "tjänstemän (AKI), SNI 2007 kod M, som publiceras av Statistiska centralbyrån (SCB).")
    d.h3("Basmånad för prisjusteringen är [månad och år].")
    d.h3("Leverantören ska begära prisjustering skriftligen senast trettio (20) dagar innan de nya priserna ska börja gälla. "
         "En begäran som kommer in för sent får tillämpas först vid nästa justeringstillfälle.")
    d.textbox("Vägledning om prisjustering", [
        "Välj index efter vad som driver kostnaderna i Uppdraget. För tjänster där lönen är den största kostnaden passar AKI. "
        "För tjänster med stor andel material eller resor kan en kombination av index behövas.",
        "Kontakta upphandlingsenheten om du är osäker på vilket index som ska användas.",
    ], height_cm=3.2)

    d.h1("Fakturering och betalning")
    d.h2("Betalning sker trettio (30) dagar efter det att Beställaren har tagit emot en korrekt faktura.")
    d.h3("Leverantören ska skicka fakturor elektroniskt enligt Peppol BIS Billing 3.0, som är det format som lagen (2018:1277) om "
         "elektroniska fakturor till följd av offentlig upphandling kräver.")
    d.h3("Fakturan ska innehålla Beställarens referens, kontraktsnummer, period och antal utförda timmar per person. "
         "Fakturaavgift, expeditionsavgift eller liknande avgifter betalas inte.")
    d.h3("Vid försenad betalning har Leverantören rätt till dröjsmålsränta enligt 6 § räntelagen (1975:635).")

    d.h1("Underleverantörer")
    d.h2("Leverantören får anlita Underleverantör endast efter Beställarens skriftliga godkännande.")
    d.h3("Leverantören ska kontrollera att en Underleverantör inte omfattas av någon av uteslutningsgrunderna i 13 kap. 1–3 §§ "
         "lagen (2016:1145) om offentlig upphandling (LOU).")
    d.h3("Beställaren har rätt att kräva att Leverantören byter ut en Underleverantör om det finns grund för uteslutning.")

    d.h1("Sekretess och personuppgifter")
    d.h2("Leverantören ska iaktta tystnadsplikt i enlighet med offentlighets- och sekretesslagen (2009:400) och får inte lämna ut "
         "uppgifter som Leverantören har fått del av i Uppdraget.")
    d.h3("Tystnadsplikten gäller även efter det att Kontraktet i övrigt har upphört att gälla.")
    d.h3("Om Leverantören behandlar personuppgifter för Beställarens räkning ska Parterna ingå ett personuppgiftsbiträdesavtal enligt "
         "artikel 28.3 i dataskyddsförordningen innan behandlingen påbörjas.")
    d.guidance("[I det fall Leverantören inte kommer att behandla personuppgifter för Beställarens räkning, stryk detta stycke.]")

    d.h1("Försäkring")
    d.h2("Leverantören ska under hela Kontraktstiden ha en ansvarsförsäkring med ett försäkringsbelopp om lägst ",
         d.text_control("Försäkringsbelopp"), " kronor per skadetillfälle.")
    d.guidance("[Anvisning: Beloppet ska stå i proportion till Uppdragets värde och risker. Som riktmärke bör beloppet inte vara "
               "högre än tio gånger det uppskattade årliga värdet.]")
    d.h3("Leverantören ska på begäran visa upp ett försäkringsbrev som visar att försäkringen gäller.")

    d.h1("Vite och skadestånd")
    d.h2("Om Leverantören är försenad med en leverans som har avtalats i Kontraktet har Beställaren rätt till vite med 0,5 procent "
         "av Kontraktets totala värde för varje påbörjad vecka som förseningen varar, dock högst tio (10) procent.")
    d.h3("Vite utgår inte om förseningen beror på en omständighet som är hänförlig till Beställaren.")
    d.h3("Beställaren har rätt att dra av vitet från betalningen av Leverantörens fakturor.")
    d.h3("Parts ansvar för skada som drabbar den andra Parten är, med undantag för skada som har orsakats genom grov vårdslöshet "
         "eller uppsåt, skada till följd av brott mot tystnadsplikten eller behandling av personuppgifter i strid med Kontraktet "
         "samt anspråk från tredje man på grund av intrång i immateriella rättigheter, begränsat till ett belopp som motsvarar "
         "det sammanlagda värdet av Kontraktet under de tolv månader som närmast föregår den skadegörande händelsen.")

    d.h1("Hävning")
    d.h2("Part har rätt att häva Kontraktet med omedelbar verkan om den andra Parten gör sig skyldig till ett väsentligt "
         "kontraktsbrott och inte har vidtagit åtgärder för rättelse inom trettio (30) dagar efter skriftlig anmaning.")
    d.h3("Beställaren har även rätt att häva Kontraktet om Leverantören försätts i konkurs, inleder ackordsförhandling eller "
         "likvidation, eller om det finns grund för uteslutning enligt 13 kap. 1 § LOU.")
    d.h3("Vid hävning har Beställaren rätt till ersättning för den skada som hävningen orsakar, bland annat för merkostnader när "
         "Avtalet i stället ska fullgöras av en annan leverantör.")
    d.p("Meddelanden enligt Kontraktet ska lämnas skriftligen och ska skickas till den kontaktperson som har angetts av respektive "
        "Part. Ett meddelande som har skickats med e-post ska anses ha tagits emot samma Arbetsdag, om det har skickats före "
        "klockan 16.00. Ett meddelande som har skickats med rekommenderat brev ska anses ha tagits emot tre Arbetsdagar efter att "
        "det har lämnats för postbefordran.")

    d.h1("Force majeure")
    d.h2("Part är befriad från påföljd för underlåtenhet att fullgöra en förpliktelse enligt Kontraktet om underlåtenheten beror på "
         "en omständighet utanför Partens kontroll som Parten inte skäligen kunde ha förväntats räkna med när Kontraktet ingicks och "
         "vars följder Parten inte heller skäligen kunde ha undvikit eller övervunnit, till exempel krig, naturkatastrof eller "
         "myndighetsbeslut.")
    d.h3("Part som vill åberopa befrielsegrund ska utan dröjsmål underrätta den andra Parten.")
    d.h3("Om Kontraktet inte kan fullgöras i väsentlig omfattning under mer än tre (3) månader på grund av en sådan omständighet, "
         "har vardera Parten rätt att säga upp Kontraktet skriftligen utan ersättningsskyldighet.")

    d.h1("Tvist och tillämplig lag")
    d.h2("Svensk lag ska tillämpas på Kontraktet.")
    d.h3("Tvist med anledning av Kontraktet ska i första hand lösas genom förhandling mellan Parterna. Om Parterna inte kan enas ska "
         "tvisten avgöras av allmän domstol med Norrby tingsrätt som första instans.")

    d.h1("Underskrifter")
    d.guidance("[Anvisning: Om Kontraktet skrivs under elektroniskt kan tabellen nedan tas bort.]")
    d.p("Detta kontrakt har upprättats i två likalydande exemplar, av vilka Parterna har tagit var sitt.")
    d.table([
        ["För Beställaren", "För Leverantören"],
        [["Ort och datum: ", d.text_control("Beställarens ort och datum")], ["Ort och datum: ", d.text_control("Leverantörens ort och datum")]],
        [("", "Underskrift"), ("", "Underskrift")],
        [["Namnförtydligande: ", d.text_control("Beställarens namnförtydligande")], ["Namnförtydligande: ", d.text_control("Leverantörens namnförtydligande")]],
    ], [4530, 4530])
    return d


# ---------------------------------------------------------------------------------------
# 2. Avropsförfrågan: a call-off request for IT consultants (roll: anbud)
# ---------------------------------------------------------------------------------------
def avropsforfragan():
    d = Document(body_style="Normal")
    d.title("Avropsförfrågan")
    d.subtitle("Förnyad konkurrensutsättning – systemutvecklare och lösningsarkitekt till Sörby kommuns e-tjänsteplattform")
    d.table([
        ["Uppgift", "Värde"],
        ["Avropande myndighet", "Sörby kommun, kommunledningsförvaltningen, IT-enheten"],
        ["Diarienummer", "KS 2025/0412"],
        ["Ramavtal", "IT-konsulttjänster 2023, område Systemutveckling (Inköpssamverkan Mälarkust)"],
        ["Avropsförfrågan skickad", "2025-09-22"],
        ["Sista dag för avropssvar", "ÅÅÅÅ-MM-DD"],
        ["Kontaktperson", "Anna Lindqvist, upphandlare, anna.lindqvist@sorby.se"],
    ], [3000, 6060])

    d.h1("Inledning")
    d.p("Sörby kommun (kommunen) bjuder in de leverantörer som har ramavtal inom IT-konsulttjänster 2023, område Systemutveckling, "
        "att lämna avropssvar enligt denna avropsförfrågan. Avropet görs som en förnyad konkurrensutsättning enligt 7 kap. 7 § "
        "lagen (2016:1145) om offentlig upphandling (LOU) och enligt ramavtalets villkor.")
    d.p("Vi vill ha hjälp att vidareutveckla kommunens e-tjänsteplattform, där invånare och företag ansöker om bygglov, "
        "försörjningsstöd, skolskjuts och ett fyrtiotal andra tjänster. Plattformen har vuxit snabbt och behöver nu en tydligare "
        "arkitektur, bättre integrationer mot verksamhetssystemen och en långsiktig plan för förvaltningen.")
    d.p("Läs hela avropsförfrågan innan ni börjar skriva ert avropssvar. Ställ frågor skriftligen till kontaktpersonen senast sju "
        "dagar före sista dag för avropssvar. Vi svarar alla leverantörer samtidigt.")

    d.h1("Uppdraget")
    d.h2("Bakgrund")
    d.p("Kommunens e-tjänster har sedan 2019 byggts på den egna plattformen Sörby Självservice, som är utvecklad i C# och .NET och "
        "körs i kommunens datacenter. Plattformen är integrerad med ärendehanteringssystemet, ekonomisystemet och kommunens lösning "
        "för e-legitimation. En beskrivning av plattformen finns i bilaga 2 Systembeskrivning.")
    d.h2("Arbetsuppgifter")
    d.p("Uppdraget omfattar, men är inte begränsat till, följande arbetsuppgifter:")
    d.bullets([
        "vidareutveckla befintliga e-tjänster och bygga nya tillsammans med verksamheterna",
        "ta fram en målarkitektur för plattformen och en plan för att nå den",
        "bygga och dokumentera integrationer via REST-API:er",
        "granska kod och stötta kommunens egna utvecklare",
        "medverka i förvaltningsgruppen och i planeringen av releaser",
    ])
    d.p("Konsulterna ska även vara behjälpliga vid flytten av plattformen till en ny driftmiljö under 2026.")
    d.h2("Omfattning och tid")
    d.p("Vi avropar två konsulter: en systemutvecklare på halvtid och en lösningsarkitekt på ungefär en fjärdedels tid. "
        "Uppdraget beräknas omfatta sammanlagt cirka 2 500 timmar.")
    d.p("Kontraktstiden är 24 månader från kontraktsstart. Uppdraget beräknas starta ", d.date_control("Startdatum"), ".")
    d.p("Det uppskattade värdet av kontraktet är cirka 2,4 miljoner kronor för hela kontraktstiden. Kommunen garanterar ingen viss volym.")
    d.p("Arbetet utförs i huvudsak i kommunhuset i Sörby, men upp till hälften av tiden kan utföras på distans efter överenskommelse "
        "med kommunens projektledare.")
    d.p("Vid driftstörning i plattformen ska konsulten kunna vara på plats i kommunhuset inom en timme.")

    d.h2("Tidplan för avropet")
    d.table([
        ["Aktivitet", "Datum"],
        ["Avropsförfrågan skickas", "2025-09-22"],
        ["Sista dag för frågor", "Sju dagar före sista dag för avropssvar"],
        ["Intervjuer", "2025-10-14"],
        ["Tilldelningsbeslut skickas", "Vecka 43"],
        ["Kontraktsstart", "Enligt avsnitt 2.3"],
    ], [4530, 4530])
    d.p("Tidplanen efter sista dag för avropssvar är preliminär. Kommunen meddelar alla leverantörer om den ändras.")

    d.h1("Krav på konsulterna")
    d.p("Kraven nedan är ska-krav. Svara på varje krav i tabellen och hänvisa till det ställe i CV:t där det framgår att kravet "
        "är uppfyllt. Avropssvar som inte uppfyller alla ska-krav går inte vidare till utvärdering.")
    d.table([
        ["Nr", "Krav", "Uppfyllt (Ja/Nej)", "Var i CV:t framgår det?"],
        ["K1", "Systemutvecklaren ska ha minst fem års erfarenhet av systemutveckling i C# och .NET under de senaste åtta åren.",
         "Ja/Nej", "Fylls i av leverantören"],
        ["K2", "Systemutvecklaren ska vara certifierad Microsoft Certified: Azure Developer Associate.", "Ja/Nej", "Fylls i av leverantören"],
        ["K3", "Lösningsarkitekten ska ha tagit fram en målarkitektur för en e-tjänsteplattform i minst två uppdrag.",
         "Ja/Nej", "Fylls i av leverantören"],
        ["K4", "Båda konsulterna ska ha erfarenhet av vidareutveckling av Sörby Självservice.", "Ja/Nej", "Fylls i av leverantören"],
        ["K5", "Lösningsarkitekten ska ha kunskap om TOGAF eller ett likvärdigt ramverk för arkitekturarbete.",
         "Ja/Nej", "Fylls i av leverantören"],
        ["K6", "Båda konsulterna ska kunna kommunicera obehindrat på svenska i tal och skrift.", "Ja/Nej", "Fylls i av leverantören"],
    ], [700, 4860, 1500, 2000])

    d.h1("Krav på leverantören")
    d.p("Ramavtalsleverantörerna har redan kontrollerats i ramavtalsupphandlingen. För det här avropet gäller dessutom följande krav.")
    d.clause("Leverantören ska ha haft en årlig nettoomsättning på minst 10 miljoner kronor under vart och ett av de tre senaste "
             "räkenskapsåren.")
    d.clause("Leverantören ska redovisa tre referensuppdrag som liknar det här uppdraget och som har avslutats under de senaste tre "
             "åren. Samtliga referensuppdrag ska ha utförts åt en svensk kommun.")
    d.clause("Leverantören ska ha ett kontor i Sörby kommun eller högst 30 kilometer från kommunhuset.")
    d.clause("Leverantören ska ha en ansvarsförsäkring med ett försäkringsbelopp om minst 100 miljoner kronor per skadehändelse.")
    d.clause("Leverantören ska ha kollektivavtal eller ge konsulterna villkor som minst motsvarar villkoren i gällande kollektivavtal "
             "för branschen.")
    d.p("Lämna referenserna i tabellen nedan. Kommunen kommer att kontakta referenspersonerna under utvärderingen.")
    d.table([
        ["Nr", "Beställare", "Kontaktperson och telefon", "Period", "Kort beskrivning av uppdraget"],
        ["1", "", "", "", ""],
        ["2", "", "", "", ""],
        ["3", "", "", "", ""],
    ], [600, 2000, 2200, 1300, 2960])

    d.h1("Utvärdering")
    d.h2("Utvärderingsmodell")
    d.p("Kommunen tilldelar kontraktet till den leverantör vars avropssvar har det bästa förhållandet mellan pris och kvalitet. "
        "Kvaliteten bedöms utifrån konsulternas kompetens och en intervju.")
    d.table([
        ["Kriterium", "Vikt", "Hur det bedöms"],
        ["Pris", "40 %", "Jämförelsepris enligt avsnitt 6"],
        ["Kompetens", "35 %", "Bedömning av CV enligt avsnitt 5.2"],
        ["Intervju", "25 %", "Bedömning enligt avsnitt 5.3"],
    ], [2500, 1200, 5360])
    d.h2("Kompetens")
    d.p("Kommunen kommer att genomföra en bedömning av konsulternas kompetens utifrån de CV som lämnas i avropssvaret. "
        "Varje konsult får mellan 0 och 5 poäng.")
    d.p("Mervärde ges om konsulten har lokalkännedom om Sörby kommun och dess verksamheter.")
    d.h2("Intervju")
    d.p("De två leverantörer som har högst poäng efter bedömningen av pris och kompetens bjuds in till intervju. Intervjuerna hålls "
        "den 14 oktober 2025 kl. 9.00–12.00 i kommunhuset, Storgatan 12 i Sörby. Andra tider eller intervju via video erbjuds inte.")
    d.p("Varje intervju tar cirka 45 minuter. Båda de offererade konsulterna ska delta.")
    d.p("Vid intervjun bedöms hur konsulterna resonerar kring ett fall som kommunen presenterar. Fallet skickas ut två arbetsdagar "
        "före intervjun. Bedömningen görs av en panel med tre personer från IT-enheten och verksamheterna.")
    d.h2("Lika resultat")
    d.p("Om två eller flera avropssvar efter utvärderingen har fått samma jämförelsepris kommer kontraktet att tilldelas den "
        "leverantör vars konsulter har fått högst poäng för kompetens och om även den poängen är lika kommer lottning att ske i "
        "närvaro av en person som inte har deltagit i utvärderingen.")

    d.h1("Pris")
    d.p("Ange timpris för varje konsult i tabellen. Timpriset ska anges i svenska kronor exklusive moms och får inte överstiga det "
        "takpris som gäller enligt ramavtalet. Timpriset ska omfatta samtliga för uppdraget erforderliga kostnader, till exempel "
        "resor inom kommunen, administration och licenser för konsultens egna verktyg.")
    d.table([
        ["Roll", "Timpris, kr exkl. moms", "Uppskattat antal timmar", "Summa, kr"],
        ["Systemutvecklare", "", "1 700", ""],
        ["Lösningsarkitekt", "", "800", ""],
        ["Jämförelsepris", "", "", ""],
    ], [2600, 2200, 2200, 2060])
    d.p("Jämförelsepriset är summan av timpris multiplicerat med uppskattat antal timmar för båda rollerna. Det uppskattade antalet "
        "timmar används bara i utvärderingen och är inget åtagande från kommunens sida.")
    d.p("Anbud som inte innehåller timpris för båda rollerna kommer inte att utvärderas.")

    d.h1("Avropssvarets innehåll")
    d.guidance("[Anvisning: Ange vilka handlingar leverantören ska bifoga och ta bort de punkter som inte gäller. "
               "Radera anvisningen innan avropsförfrågan skickas.]")
    d.p("Avropssvaret ska innehålla:")
    d.numbered([
        "ifylld tabell med svar på kraven i avsnitt 3",
        "referenser enligt avsnitt 4",
        "ifylld pristabell enligt avsnitt 6",
        "ett CV för varje konsult enligt mallen i avsnitt 8",
        "undertecknad sanningsförsäkran för konsulternas CV",
    ])
    d.p("Avropssvaret ska lämnas i kommunens upphandlingsverktyg senast den dag som anges på första sidan. Avropssvaret ska vara "
        "giltigt i 60 dagar efter sista dag för avropssvar.")
    d.p("Kommunen äger rätt att avbryta avropet om inget avropssvar motsvarar kommunens behov eller om priserna överstiger "
        "kommunens budget.")

    d.h1("CV-mall")
    d.p("Fyll i en tabell per konsult. CV:t får vara högst tre sidor.")
    d.table([
        ["Uppgift", "Fylls i av leverantören"],
        ["Namn", ""],
        ["Roll i uppdraget", ""],
        ["Antal års erfarenhet av systemutveckling i C# och .NET", ""],
        ["Certifieringar (ange utfärdare och år)", ""],
        ["Tre relevanta uppdrag de senaste fem åren (beställare, period, roll, beskrivning)", ""],
        ["Språkkunskaper", ""],
        ["Tillgänglighet från kontraktsstart, i procent av heltid", ""],
    ], [4530, 4530])

    d.h1("Kontraktsvillkor")
    d.p("För kontraktet gäller ramavtalets allmänna villkor med de tillägg som följer av denna avropsförfrågan. Kontrakt tecknas "
        "genom att kommunen skickar en skriftlig beställning som leverantören bekräftar.")
    d.p("Om hinder föreligger för en konsult att fullgöra uppdraget ska leverantören omgående meddela kommunen.")
    d.p("Därest en konsult byts ut under uppdraget ska ersättaren ha minst likvärdig kompetens och godkännas av kommunen innan "
        "arbetet påbörjas.")
    d.p("Konsulterna kommer att få tillgång till personuppgifter i kommunens system. Leverantören ska därför teckna ett "
        "personuppgiftsbiträdesavtal med kommunen innan uppdraget startar.")
    d.p("Konsulterna ska följa kommunens riktlinjer för informationssäkerhet, vilka bifogas som bilaga 3. Kommunens ISMS bygger "
        "på en årlig riskanalys, och konsulterna ska delta i den del av analysen som rör e-tjänsteplattformen.")
    d.p("Resor till och från kommunhuset och tid för resor ersätts inte. Resor som kommunen beställer ersätts enligt kommunens "
        "resepolicy mot kvitto.")
    d.p("Plattformen hanterar uppgifter som omfattas av sekretess. Kommunen kan komma att begära registerkontroll enligt 3 kap. 1 § "
        "säkerhetsskyddslagen (2018:585) innan konsulterna får tillgång till systemen.")

    d.h1("Information in English")
    d.p("This call-off request is addressed only to suppliers that hold a framework agreement for IT Consulting Services 2023, "
        "area Systems Development. The consultants will work closely with municipal case officers and must therefore be able to "
        "communicate fluently in Swedish. Responses must be written in Swedish. Questions may be sent in English to the contact "
        "person named on the first page.")
    return d


# ---------------------------------------------------------------------------------------
# 3. Allmänna villkor: general terms of a framework agreement (roll: anbud)
# ---------------------------------------------------------------------------------------
def allmanna_villkor():
    d = Document(body_style="Brdtext", clause_level_in_headings=True)
    d.title("Allmänna villkor")
    d.subtitle("Ramavtal för arbetskläder och personlig skyddsutrustning, Inköp Västerdal, dnr IV 2025-031")

    d.h1("Tillämpning")
    d.clause("Dessa allmänna villkor gäller för ramavtal som Inköp Västerdal (Inköpscentralen) ingår efter upphandling enligt lagen "
             "(2016:1145) om offentlig upphandling (LOU), och för kontrakt som kommer till stånd när en Avropande myndighet avropar "
             "från ramavtalet.")
    d.clause("Villkoren gäller om inte annat har avtalats skriftligen i ramavtalet eller i det enskilda Avropet.")
    d.clause("Leverantören har inte rätt att vid avrop eller under avtalstiden hänvisa till egna allmänna leveransvillkor, "
             "standardvillkor eller andra villkor som inte uttryckligen har godkänts av Inköpscentralen och som avviker från dessa "
             "allmänna villkor, och sådana villkor ska inte heller utgöra en del av avtalet om de har bifogats en orderbekräftelse, "
             "en faktura eller någon annan handling som Leverantören har skickat till en Avropande myndighet.")

    d.h1("Definitioner")
    d.p("I dessa villkor har följande ord den betydelse som anges nedan.")
    d.bullets([
        [Bold("Avropande myndighet"), " – en kommun eller ett kommunalt bolag som anges i bilaga 1 och som har rätt att avropa från ramavtalet."],
        [Bold("Avrop"), " – en skriftlig beställning av Varor som görs enligt ramavtalet."],
        [Bold("Kontrakt"), " – det avtal som kommer till stånd mellan Leverantören och en Avropande myndighet genom ett Avrop."],
        [Bold("Leverantören"), " – den leverantör som har ingått ramavtal med Inköpscentralen."],
        [Bold("Varor"), " – de arbetskläder och den personliga skyddsutrustning som omfattas av ramavtalet, med tillhörande tjänster "
                        "som märkning och storleksprovning."],
        [Bold("Arbetsdag"), " – måndag till fredag utom allmänna helgdagar samt midsommarafton, julafton och nyårsafton."],
        [Bold("Leveransdag"), " – den dag då Varorna har tagits emot på den adress som anges i Avropet."],
    ])

    d.h1("Avtalshandlingar")
    d.clause("Ramavtalet består av följande handlingar. Om handlingarna motsäger varandra gäller de i nedanstående ordning, om inte "
             "omständigheterna uppenbart visar något annat:")
    d.numbered([
        "skriftliga ändringar och tillägg till ramavtalet",
        "ramavtalet",
        "dessa allmänna villkor",
        "bilaga 2 Kravspecifikation",
        "bilaga 3 Prislista",
        "upphandlingsdokumenten",
        "Leverantörens anbud",
    ])
    d.clause("För ett Kontrakt gäller dessutom Avropet, som har företräde framför handlingarna ovan i frågor som ramavtalet lämnar öppna.")

    d.h1("Avtalstid")
    d.clause("Ramavtalet gäller i två (2) år från den dag det har undertecknats av båda parter. Inköpscentralen har rätt att "
             "förlänga ramavtalet med ett (1) år i taget, dock högst två gånger.")
    d.clause("Ett Kontrakt som har ingåtts medan ramavtalet gäller fortsätter att gälla till dess att Avropet har fullgjorts, även om "
             "ramavtalet dessförinnan har upphört att gälla.")

    d.h1("Kontaktpersoner och samverkan")
    d.clause("Leverantören ska utse en kontaktperson för ramavtalet som kan nås per telefon och e-post under kontorstid.")
    d.clause("Parterna ska träffas minst en gång per år för att följa upp ramavtalet. Leverantören ska inför mötet sammanställa "
             "statistik över Avrop, leveransprecision och reklamationer.")
    d.clause("Leverantören ska vid var tid tillhandahålla en aktuell förteckning över de underleverantörer som Leverantören anlitar "
             "för ramavtalet.")

    d.h1("Avrop och beställning")
    d.clause("Avrop görs skriftligen, i Avropande myndighets e-handelssystem eller via e-post till den adress som Leverantören har angett.")
    d.clause("Leverantören ska bekräfta ett Avrop skriftligen inom [två/fem] Arbetsdagar.")
    d.clause("[Alternativ A] Avrop görs enligt fast rangordning. Avropande myndighet vänder sig först till den Leverantör som är "
             "rangordnad som nummer ett och går vidare till nästa Leverantör om den första inte kan leverera.")
    d.clause("[Alternativ B] Avrop görs genom förnyad konkurrensutsättning när värdet av Avropet överstiger 100 000 kronor, och "
             "annars enligt fast rangordning.")
    d.clause("Avropande myndighet äger rätt att avropa från annan leverantör därest Leverantören inte kan leverera inom avtalad tid.")

    d.h1("Leverans")
    d.clause("Leverans sker fritt levererat enligt DAP Incoterms 2020 till den adress som anges i Avropet.")
    d.clause("Leveranstiden är högst [5/10] Arbetsdagar från Avrop.")
    d.clause("För att leveranstiderna ska kunna hållas ska Leverantören ha ett lager inom 50 kilometer från Västerdals kommunhus.")
    d.clause("Varorna ska vara förpackade så att de inte skadas under transport. Varje kolli ska vara märkt med avropsnummer, mottagare "
             "och leveransadress. En följesedel ska bifogas varje leverans. Emballage ska tas om hand av Leverantören utan extra "
             "kostnad, om det begärs av Avropande myndighet.")
    d.clause("Om Leverantören är försenad med en leverans har Avropande myndighet rätt till vite med en (1) procent av värdet av den "
             "försenade delen av leveransen för varje påbörjad vecka, dock högst tio (10) procent av detta värde.")

    d.h1("Varornas kvalitet")
    d.clause("Varorna ska uppfylla kraven i bilaga 2 Kravspecifikation och vara CE-märkta enligt förordning (EU) 2016/425 om "
             "personlig skyddsutrustning.")
    d.clause("Skyddsskor ska vara av fabrikat Sievi eller Jalas.")
    d.clause("Varselkläder ska uppfylla kraven för klass 2 i EN ISO 20471 eller likvärdig standard.")
    d.clause("Leverantören ska under hela avtalstiden vara certifierad enligt ISO 14001.")
    d.clause("Om en Vara upphör att tillverkas får Leverantören erbjuda en ersättningsvara med minst likvärdiga egenskaper till samma "
             "eller lägre pris. Inköpscentralen avgör ensam om ersättningsvaran är likvärdig.")

    d.h1("Priser och prisjustering")
    d.clause("Priserna i bilaga 3 Prislista är fasta under de första tolv (12) månaderna av avtalstiden. Därefter får priserna "
             "justeras en gång per år enligt tabellen nedan.")
    d.table([
        ["Index", "Andel av priset", "Källa"],
        ["Konsumentprisindex (KPI), totalindex", "60 %", "Statistiska centralbyrån"],
        ["Importprisindex (IMPI), SPIN 14 Kläder", "40 %", "Statistiska centralbyrån"],
    ], [4500, 1800, 2760])
    d.clause("Leverantören ska lämna en skriftlig begäran om prisjustering senast två (3) månader innan de nya priserna ska börja gälla.")
    d.clause("Nya priser får tillämpas tidigast [30/45] dagar efter att Inköpscentralen har godkänt begäran.")
    d.clause("Prisjustering sker inte retroaktivt.")

    d.h1("Fakturering och betalning")
    d.clause("Leverantören fakturerar varje Avropande myndighet för sig efter leverans. Fakturan ska skickas elektroniskt och innehålla "
             "avropsnummer, Avropande myndighets referens och GLN-nummer.")
    d.clause("Betalning sker trettio (30) dagar efter godkänd leverans och mottagen korrekt faktura. Fakturaavgifter, "
             "expeditionsavgifter och liknande avgifter godtas inte.")
    d.clause("Dröjsmålsränta betalas enligt 6 § räntelagen (1975:635).")

    d.h1("Fel och reklamation")
    d.clause("Om en Vara vid leveransen eller under garantitiden visar sig vara behäftad med fel ska Leverantören, efter reklamation "
             "från Avropande myndighet, utan dröjsmål och utan kostnad för Avropande myndighet avhjälpa felet eller leverera en ny "
             "felfri Vara, varvid Leverantören även ska ersätta Avropande myndighet för de kostnader för frakt, hantering och "
             "ersättningsanskaffning som felet har föranlett.")
    d.clause("Garantitiden är [12/24] månader från Leveransdagen.")
    d.clause("Reklamation ska göras inom skälig tid efter att felet har upptäckts.")

    d.h1("Hållbarhet och uppföljning")
    d.clause("Leverantören ska tillse att Varorna har tillverkats under förhållanden som är förenliga med ILO:s åtta kärnkonventioner "
             "och FN:s barnkonvention.")
    d.clause("Leverantören ska på begäran redovisa hur Leverantören följer upp arbetsförhållandena hos sina underleverantörer. "
             "Inköpscentralen kommer att genomföra uppföljning av kraven genom egna revisioner eller genom revisioner som utförs "
             "av en oberoende part.")
    d.clause("Leverantören ska varje kvartal lämna statistik över Avrop i Inköpscentralens statistikrapporteringsmall.")
    d.table([
        ["Uppgift", "Redovisas per", "Lämnas senast"],
        ["Antal Avrop och fakturerat belopp", "Avropande myndighet", "15 dagar efter kvartalets slut"],
        ["Leveransprecision i procent", "Avropande myndighet", "15 dagar efter kvartalets slut"],
        ["Antal reklamationer och deras orsak", "Varugrupp", "15 dagar efter kvartalets slut"],
    ], [3800, 2400, 2860])
    d.clause("Transporter till Avropande myndigheter ska utföras med fordon som uppfyller lägst utsläppsklass Euro 6 eller motsvarande.")
    d.clause("Leverantören ska behandla personuppgifter om Avropande myndigheters anställda, till exempel namn och storlekar för "
             "märkning av kläder, i enlighet med gällande dataskyddslagstiftning.")

    d.h1("Ändringar och överlåtelse")
    d.clause("Ändringar och tillägg till ramavtalet ska göras skriftligen och skrivas under av båda parter.")
    d.clause("Leverantören får inte överlåta ramavtalet eller ett Kontrakt till någon annan utan Inköpscentralens skriftliga "
             "medgivande, utom i de fall som avses i 17 kap. 17 § 2 LOU.")

    d.h1("Hävning")
    d.clause("Inköpscentralen har rätt att häva ramavtalet, och Avropande myndighet har rätt att häva sitt Kontrakt, om Leverantören "
             "gör sig skyldig till ett väsentligt kontraktsbrott och inte har rättat till bristen inom trettio (30) dagar efter en "
             "skriftlig anmaning.")
    d.clause("Som väsentligt avtalsbrott räknas bland annat upprepade förseningar, leverans av Varor som inte uppfyller kraven i "
             "bilaga 2 och att Leverantören inte betalar skatter eller socialförsäkringsavgifter.")
    d.clause("Även en försening som inte är oväsentlig kan vara grund för hävning om den upprepas.")
    d.clause("Ramavtalet får också hävas om det föreligger grund för uteslutning enligt 13 kap. 1 § LOU.")

    d.h1("Skadestånd och ansvarsbegränsning")
    d.clause("Part har rätt till ersättning för den skada som den andra partens kontraktsbrott orsakar.")
    d.clause("Leverantörens ansvar för skada är begränsat till [Alternativ A: värdet av de Avrop som har gjorts under de senaste tolv "
             "månaderna] [Alternativ B: 2 000 000 kronor per skadetillfälle].")
    d.clause("Ansvarsbegränsningen gäller inte om skadan har orsakats med uppsåt eller genom grov vårdslöshet.")
    d.clause("Leverantören ska ha en ansvarsförsäkring som täcker Leverantörens ansvar enligt ramavtalet.")

    d.h1("Force majeure")
    d.clause("Om en part hindras från att fullgöra sina åtaganden av en omständighet som parten inte har kunnat råda över, såsom krig, "
             "strejk, blockad, brand, översvämning eller myndighetsbeslut, och som parten inte heller kunnat förutse, är parten "
             "befriad från påföljd så länge hindret varar.")
    d.clause("Part som vill göra gällande befrielsegrund ska genast meddela den andra parten skriftligen.")

    d.h1("Sekretess och marknadsföring")
    d.clause("Leverantören får inte utan Inköpscentralens skriftliga medgivande lämna ut uppgifter om ramavtalet, Avropande "
             "myndigheter eller deras anställda till någon annan. Leverantören får inte heller använda ramavtalet i marknadsföring "
             "utan ett sådant medgivande.")

    d.h1("Tvist och tillämplig lag")
    d.clause("Svensk lag gäller för ramavtalet och för Kontrakt som grundar sig på det.")
    d.clause("Tvist ska i första hand lösas genom förhandling mellan parterna. Om parterna inte kommer överens ska tvisten avgöras av "
             "allmän domstol med Inköpscentralens hemort som första instans.")
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    write_docx("kontraktsmall.docx", kontraktsmall(), "Kontraktsmall tjänster", "Region Norrmark, upphandlingsenheten",
               "Region Norrmark\tKontraktsmall tjänster\tVersion 3.2")
    write_docx("avropsforfragan.docx", avropsforfragan(), "Avropsförfrågan systemutvecklare och lösningsarkitekt",
               "Sörby kommun", "Sörby kommun\tAvropsförfrågan\tSystemutvecklare och lösningsarkitekt")
    write_docx("allmanna-villkor.docx", allmanna_villkor(), "Allmänna villkor arbetskläder och skyddsutrustning",
               "Inköp Västerdal", "Inköp Västerdal\tAllmänna villkor\tdnr IV 2025-031")


if __name__ == "__main__":
    main()

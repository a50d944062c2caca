#!/usr/bin/env python3
"""Writes the DOCX/ODT/FODT test fixtures into Tests/Fixtures/, hand-assembled the way Word
and LibreOffice write them (no tool here produces content controls, text boxes with
mc:AlternateContent or tracked changes), plus the hostile files the readers must refuse.
The outputs are committed; run this again only to change them."""
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "Fixtures")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="Rubrik 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kravrubrik"><w:name w:val="Kravrubrik"/><w:basedOn w:val="Rubrik2"/></w:style>
<w:style w:type="paragraph" w:styleId="Listenstycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Punktlista"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

def run(text, props=""):
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<w:r>{props}<w:t{space}>{text}</w:t></w:r>'

def para(body, ppr=""):
    return f"<w:p>{ppr}{body}</w:p>"

PAGE_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>
{para(run("1 Inledning"), '<w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr>')}
{para(run("Kommunen ") + run("erhåller", "<w:rPr><w:b/></w:rPr>") + run(" anbud") + '<w:r><w:tab/></w:r>' + run("enligt") + '<w:r><w:br/></w:r>' + run("bilaga 1."))}
{para(run("1.1 Krav"), '<w:pPr><w:pStyle w:val="Kravrubrik"/></w:pPr>')}
{para(run("Leverantören ska ha F") + '<w:r><w:noBreakHyphen/></w:r>' + run("skatt och upp") + '<w:r><w:softHyphen/></w:r>' + run("handlingen följer LOU."))}
{para(run("Första punkten i listan."), '<w:pPr><w:pStyle w:val="Punktlista"/></w:pPr>')}
{para(run("Andra nivån i listan."), '<w:pPr><w:pStyle w:val="Listenstycke"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>')}
{para(run("Numrerat steg ett."), '<w:pPr><w:pStyle w:val="Listenstycke"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>')}
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(run("Krav"))}</w:tc><w:tc>{para(run("Vikt"))}</w:tc></w:tr>
<w:tr><w:tc>{para(run("Pris"))}{para(run("inkl. moms"))}</w:tc><w:tc>{para(run("60 %"))}</w:tc></w:tr>
</w:tbl>
{para(run("Se ") + '<w:hyperlink r:id="rId9" w:history="1">' + run("avsnitt 4", '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>') + '</w:hyperlink>' + run(" och sidan ") + PAGE_FIELD + run("."))}
{para(run("Fotnoten står här") + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' + run("."))}
{para(run("Anbud ska ") + '<w:del w:id="1" w:author="Handläggare" w:date="2026-01-10T10:00:00Z"><w:r><w:delText>inkomma</w:delText></w:r></w:del><w:ins w:id="2" w:author="Handläggare" w:date="2026-01-10T10:00:00Z">' + run("lämnas in") + '</w:ins>' + run(" senast fredag.") + '<w:moveFrom w:id="3" w:author="H"><w:r><w:t>Flyttad text.</w:t></w:r></w:moveFrom>')}
{para(run("Leverantör: ") + '<w:sdt><w:sdtPr><w:alias w:val="Leverantör"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + run("Klicka här för att ange text.", '<w:rPr><w:rStyle w:val="Platshallartext"/></w:rPr>') + '</w:sdtContent></w:sdt>' + run(" Datum: ") + '<w:sdt><w:sdtPr><w:alias w:val="Datum"/></w:sdtPr><w:sdtContent>' + run("2026-03-15") + '</w:sdtContent></w:sdt>')}
{para(run("Före rutan. ") + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Textruta 1" descr="Beskrivning av rutan"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + para(run("Text i rutan.")) + '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + para(run("Text i rutan.")) + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>' + run("Efter rutan."))}
{para("")}
{para(run("Sista stycket."))}
<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="Fotnotstext"/></w:pPr><w:r><w:footnoteRef/></w:r>{run(" Enligt 14 kap. 4 § LOU.")}</w:p></w:footnote>
</w:footnotes>"""

HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}>{para(run("Norrhälla kommun – Upphandlingsdokument"))}</w:hdr>"""
FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}>{para(run("Sida ") + '<w:fldSimple w:instr=" PAGE ">' + run("1") + '</w:fldSimple>')}</w:ftr>"""

def docx(name, parts):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return path

def minimal_docx(name, body, extra=None):
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
             "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'}
    parts.update(extra or {})
    return docx(name, parts)

ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

ODT_STYLES_AUTOMATIC = """<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Preformatted_20_Text"/>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
</office:automatic-styles>"""

ODT_BODY = """<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Handläggare</dc:creator></office:change-info><text:p>inkomma</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">1 Inledning</text:h>
<text:p>Kommunen   <text:span>erhåller</text:span><text:s text:c="2"/>anbud<text:tab/>enligt<text:line-break/>bilaga 1.</text:p>
<text:h text:outline-level="2">1.1 Krav</text:h>
<text:p>Anbud ska <text:change text:change-id="ct1"/>lämnas in senast fredag.<office:annotation><dc:creator>Granskare</dc:creator><text:p>Kommentar som inte granskas: erhålla.</text:p></office:annotation></text:p>
<text:list text:style-name="L1"><text:list-item><text:p>Första punkten.</text:p><text:list><text:list-item><text:p>Andra nivån.</text:p></text:list-item></text:list></text:list-item></text:list>
<text:list text:style-name="L2"><text:list-item><text:p>Numrerat steg.</text:p></text:list-item></text:list>
<table:table table:name="Tabell1"><table:table-column table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>Krav</text:p></table:table-cell><table:table-cell><text:p>Vikt</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>Pris</text:p></table:table-cell><table:table-cell><text:p>60 %</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>Fotnoten står här<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Enligt 14 kap. 4 § LOU.</text:p></text:note-body></text:note>.</text:p>
<text:p>Leverantör: <text:placeholder text:placeholder-type="text">&lt;Ange namn&gt;</text:placeholder></text:p>
<text:p>Före rutan. <draw:frame draw:name="Ram1"><svg:desc>Beskrivning av rutan</svg:desc><draw:text-box><text:p>Text i rutan.</text:p></draw:text-box></draw:frame>Efter rutan.</text:p>
<text:p text:style-name="P1">kod som inte granskas: erhålla</text:p>
<text:p/>
<text:p>Sista stycket.</text:p>
</office:text></office:body>"""

ODT_MASTER = """<office:master-styles><style:master-page style:name="Standard">
<style:header><text:p>Gruvbergs kommun – Upphandlingsdokument</text:p></style:header>
<style:footer><text:p>Sida <text:page-number>1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>"""

def odt(name, content, styles=None):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        if styles:
            archive.writestr("styles.xml", styles)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return path

def zip_with_declared_sizes(name, entry, data, declared_size):
    """A ZIP whose central directory states a false (small) uncompressed size."""
    path = os.path.join(OUT, name)
    compressed = zlib.compress(data, 9)[2:-4]
    crc = zlib.crc32(data) & 0xFFFFFFFF
    filename = entry.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(compressed), declared_size, len(filename), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(compressed), declared_size,
                          len(filename), 0, 0, 0, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(local + filename + compressed)
        offset = out.tell()
        out.write(central + filename)
        size = out.tell() - offset
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, size, offset, 0))
    return path

def main():
    os.makedirs(OUT, exist_ok=True)
    docx("word-style.docx", {
        "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": DOCUMENT,
        "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING, "word/footnotes.xml": FOOTNOTES,
        "word/header1.xml": HEADER, "word/footer1.xml": FOOTER,
    })
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF}>{ODT_STYLES_AUTOMATIC}{ODT_BODY}</office:document-content>'
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF}>{ODT_MASTER}</office:document-styles>'
    odt("writer-style.odt", content, styles)
    with open(os.path.join(OUT, "writer-style.fodt"), "w", encoding="utf-8") as flat:
        flat.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF} office:mimetype="application/vnd.oasis.opendocument.text">'
                   f'{ODT_STYLES_AUTOMATIC}{ODT_MASTER}{ODT_BODY}</office:document>')

    # Empty documents: no findings, no error.
    minimal_docx("empty.docx", "")
    odt("empty.odt", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF}><office:body><office:text/></office:body></office:document-content>')

    # Hostile and broken files.
    hostile = os.path.join(OUT, "hostile")
    os.makedirs(hostile, exist_ok=True)
    saved = OUT
    globals()["OUT"] = hostile
    with open(os.path.join(hostile, "not-a-zip.docx"), "w") as f:
        f.write("Det här är inte en Word-fil utan vanlig text.\n")
    good = minimal_docx("truncated.docx", para(run("Text.")))
    data = open(good, "rb").read()
    open(good, "wb").write(data[: len(data) // 2])
    docx("no-document.docx", {"[Content_Types].xml": CONTENT_TYPES, "word/styles.xml": STYLES})
    odt("no-content.odt", "", None)
    with zipfile.ZipFile(os.path.join(hostile, "no-content.odt"), "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    ole = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    open(os.path.join(hostile, "encrypted.docx"), "wb").write(ole + "EncryptionInfo".encode("utf-16-le") + bytes(64)
                                                              + "EncryptedPackage".encode("utf-16-le") + bytes(64))
    open(os.path.join(hostile, "legacy.doc.docx"), "wb").write(ole + "WordDocument".encode("utf-16-le") + bytes(64))
    minimal_docx("malformed.docx", para(run("Text.")) + "\n<w:p><w:r><w:t>ej stängd</w:r></w:p>")
    secret = "HEMLIGT-INNEHALL-4711"
    open(os.path.join(hostile, "secret.txt"), "w").write(secret + "\n")
    xxe = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "secret.txt">]>\n'
           f'<w:document {W}><w:body><w:p><w:r><w:t>Text &xxe; här.</w:t></w:r></w:p></w:body></w:document>')
    docx("xxe.docx", {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": xxe})
    laughs = "".join(f'<!ENTITY lol{i} "' + f"&lol{i-1};" * 10 + '">' for i in range(1, 12))
    bomb_xml = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY lol0 "lol">' + laughs + ']>\n'
                f'<w:document {W}><w:body><w:p><w:r><w:t>&lol11;</w:t></w:r></w:p></w:body></w:document>')
    docx("billion-laughs.docx", {"word/document.xml": bomb_xml})
    with open(os.path.join(hostile, "billion-laughs.fodt"), "w") as flat:
        flat.write('<?xml version="1.0"?>\n<!DOCTYPE office:document [<!ENTITY lol0 "lol">' + laughs + ']>\n'
                   f'<office:document {ODF}><office:body><office:text><text:p>&lol11;</text:p></office:text></office:body></office:document>')
    # 300 MB of spaces inside one paragraph, compressed to well under a megabyte, with a
    # central directory that claims 1 kB: only counting the bytes as they come out stops it.
    body = (f'<?xml version="1.0"?>\n<w:document {W}><w:body><w:p><w:r><w:t>').encode() + b" " * (300 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body></w:document>"
    zip_with_declared_sizes("zip-bomb.docx", "word/document.xml", body, 1024)
    with zipfile.ZipFile(os.path.join(hostile, "many-entries.docx"), "w") as archive:
        archive.writestr("word/document.xml", f'<w:document {W}><w:body/></w:document>')
        for index in range(10_050):
            archive.writestr(f"customXml/item{index}.xml", "<a/>")
    globals()["OUT"] = saved

if __name__ == "__main__":
    main()

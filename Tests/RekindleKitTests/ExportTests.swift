import Foundation
import Testing
@testable import RekindleKit

@Suite struct ExportTests {
    /// A workbook with a ticked guide item, one of the person's own, and an item from an earlier guide.
    private let workbook = Workbook(guideID: "g", title: "A Guide", sections: [
        WorkbookSection(key: "intro", kind: .introduction, number: nil, title: "Introduction",
                        paragraphs: ["Welcome."], items: []),
        WorkbookSection(key: "s1", kind: .step, number: 1, title: "Begin", paragraphs: ["Start here."], items: [
            ChecklistItem(id: 1, key: "a", title: "Breathe", text: "Slowly.", doneAt: Date(timeIntervalSince1970: 0)),
            ChecklistItem(id: 2, key: nil, title: "Call\nmum", text: "", doneAt: nil),
        ]),
        WorkbookSection(key: "old", kind: .other, number: nil, title: "Old Part", paragraphs: [], items: [
            ChecklistItem(id: 3, key: "x", title: "Gone", text: "", doneAt: Date(timeIntervalSince1970: 0), inGuide: false),
        ], inGuide: false),
    ])

    @Test func statusJSONHasTheAgreedShape() throws {
        let json = String(decoding: try Exporter.json(StatusReport(workbook: workbook)), as: UTF8.self)
        let compact = json.filter { !$0.isWhitespace }
        #expect(compact == """
            {"done":2,"guide":{"id":"g","title":"AGuide"},"steps":[\
            {"done":1,"items":[{"custom":false,"done":true,"key":"a","title":"Breathe"},\
            {"custom":true,"done":false,"title":"Call\\nmum"}],"key":"s1","number":1,"title":"Begin","total":2},\
            {"done":1,"items":[{"custom":false,"done":true,"key":"x","title":"Gone"}],"key":"old","title":"OldPart","total":1}],\
            "total":3}
            """)
    }

    @Test func fullJSONCarriesNotesAndDatesAndDecodes() throws {
        let data = try Exporter.json(ExportDocument(workbook: workbook, notes: ["s1": "I did it.", "intro": ""]))
        let document = try Exporter.decoder.decode(ExportDocument.self, from: data)
        #expect(document.sections.map(\.notes) == [nil, "I did it.", nil])
        #expect(document.sections[1].items[0].doneAt == Date(timeIntervalSince1970: 0))
        #expect(document.sections[2].inGuide == false && document.done == 2 && document.total == 3)
        #expect(String(decoding: data, as: UTF8.self).contains("\"doneAt\" : \"1970-01-01T00:00:00.000Z\"") && document.format == "rekindle-export" && document.version == 2)
    }

    @Test func markdownListsSectionsTicksAndNotes() {
        let markdown = Exporter.markdown(workbook, notes: ["s1": "I did it.\n"])
        #expect(markdown == """
            # A Guide

            Progress: 2 of 3 done

            ## Introduction

            Welcome.

            ## Step 1: Begin

            Start here.

            - [x] **Breathe**: Slowly.
            - [ ] Call mum

            ### Notes

                I did it.

            ## Old Part (from an earlier version of the guide)

            - [x] Gone _(from an earlier version of the guide)_

            """)
    }

    @Test func exportOfAStoredWorkbookIncludesItsNotes() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Wrote it, did not send.")
        let markdown = Exporter.markdown(try store.load(guide: sampleGuide()), notes: try store.allNotes(guideID: "rekindle"))
        #expect(markdown.contains("## Step 2: Reestablishing Contact"))
        #expect(markdown.contains("### Notes\n\n    Wrote it, did not send.\n"))
    }
}

import Testing
@testable import SitegenCore

/// The generated table of Traditional characters and their Simplified forms.
@Suite struct TraditionalChineseTests {
    @Test("Traditional characters, with Taiwan and Hong Kong forms, read as Simplified", arguments: [
        ("鐘", "钟"), ("個", "个"), ("週", "周"), ("銀", "银"), ("臺", "台"), ("灣", "湾"), ("無", "无"), ("為", "为"),
        ("線", "线"), ("綫", "线"), ("裏", "里"), ("裡", "里"), ("髮", "发"), ("發", "发"),
    ])
    func readsAsSimplified(_ traditional: Unicode.Scalar, _ simplified: Unicode.Scalar) {
        #expect(TraditionalChinese.simplified(traditional) == simplified)
    }

    @Test("Simplified characters, kana, Hangul and other scripts have no other form")
    func othersStay() {
        for scalar: Unicode.Scalar in ["银", "钟", "台", "中", "文", "か", "カ", "한", "a", "ж", "٣"] {
            #expect(TraditionalChinese.simplified(scalar) == nil, "\(scalar)")
        }
    }

    @Test("one step gives the final form: no Simplified form is itself read as another; the reverse table agrees")
    func oneStepAndReverse() {
        var count = 0
        for (simplified, forms) in TraditionalChinese.traditionalForms {
            #expect(TraditionalChinese.simplified(simplified) == nil, "\(simplified)")
            for traditional in forms {
                #expect(TraditionalChinese.simplified(traditional) == simplified, "\(traditional)")
                count += 1
            }
        }
        #expect(count > 2_500)
        var forward = 0
        for value in UInt32(0x3400)...0x9FFF {
            if let scalar = Unicode.Scalar(value), TraditionalChinese.simplified(scalar) != nil { forward += 1 }
        }
        #expect(forward <= count)  // every basic-plane pair is in the reverse table
    }
}

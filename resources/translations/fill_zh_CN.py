"""Fill the unfinished entries of counter_app_zh_CN.ts from the table below (run after pyside6-lupdate).

    .venv/bin/python resources/translations/fill_zh_CN.py
    .venv/bin/pyside6-lrelease resources/translations/counter_app_zh_CN.ts \
        -qm resources/translations/counter_app_zh_CN.qm

A source text missing from the table is listed and the script exits with status 1: add it and run again.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("counter_app_zh_CN.ts")

ZH_CN: dict[str, str] = {
    "Overdue pickups…": "超期未领…",
    "Overdue pickups": "超期未领清单",
    "Notified": "已通知",
    "yes": "是",
    "no": "否",
    "Scan a card's acceptance number to shelve it": "扫描证件受理号条码，入库并分配存放位",
    "Print shelf list": "打印存放清单",
    "{name}: put it in {place}": "{name}：请放入 {place}",
    "Shelf list": "存放清单",
    "Accept": "受理",
    "ID-card services: record the case and print the receipt": "身份证业务：登记受理并打印领取凭证",
    "Accepted: {no}": "已受理：{no}",
    "Receipt {no}": "领取凭证 {no}",
    "Accept application": "受理申请",
    "Applicant:": "申请人：",
    "Reason:": "申领原因：",
    "Fee (yuan):": "收费（元）：",
    "Pickup:": "领取方式：",
    "A temporary ID card is issued as well": "同时办理临时居民身份证",
    "80 mm receipt roll": "80毫米小票",
    "Receipt:": "凭证纸张：",
    "Counter Assistant": "户籍窗口助手",
    "An unexpected error occurred; it was recorded in the log: {path}": "出现意外错误，已记录到日志：{path}",
    "Service guide": "服务指南",
    "Notice history": "告知记录",
    "Clerk: {clerk}": "窗口人员：{clerk}",
    "Database: {where}": "数据库：{where}",
    "Catalog problems: {count} (files left out: {files})": "事项目录有 {count} 处错误（未载入的文件：{files}）",
    "Brought": "已带",
    "Material": "材料名称",
    "Original/copy": "原件/复印件",
    "Copies": "份数",
    "Necessity": "必要性",
    "Issued by": "出具单位",
    "Name, ID number (or its last 4–6 digits) or phone": "姓名、身份证号（或后4至6位）或电话",
    "Search": "查询",
    "Notice no.": "告知单编号",
    "Time": "时间",
    "Service": "事项",
    "Name": "姓名",
    "ID number": "身份证号",
    "Phone": "电话",
    "Missing items": "尚缺材料",
    "Clerk": "经办人",
    "Type a name, ID number or phone and press Enter.": "输入姓名、身份证号或电话后按回车查询。",
    "none": "无",
    "{count} notice(s) found": "找到 {count} 份告知单",
    "Print preview": "打印预览",
    "Print…": "打印…",
    "Save PDF": "保存PDF",
    "Close": "关闭",
    "{count} page(s)": "共 {count} 页",
    "Print": "打印",
    "Printing failed: {reason}": "打印失败：{reason}",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "No questions for this service.": "本事项无需询问。",
    "Yes": "是",
    "No": "否",
    " (judged from the ID number)": "（由身份证号自动判断）",
    "Type a name, pinyin or initials, e.g. csdj": "输入名称、拼音或首字母，如 csdj",
    "Legal basis:": "设定依据：",
    "Fee:": "收费：",
    "Statutory time limit:": "法定时限：",
    "Promised time limit:": "承诺时限：",
    "On the spot:": "当场办结：",
    "Applicant": "申请人",
    "18-digit citizen ID number": "18位公民身份号码",
    "Name:": "姓名：",
    "ID number:": "身份证号：",
    "Phone:": "电话：",
    "Questions": "情况询问",
    "Print notice": "打印告知单",
    "Save as PDF": "另存为PDF",
    "Paper:": "纸张：",
    "Materials": "申请材料",
    "Choose a service on the left": "请在左侧选择办理事项",
    "All materials present; the application can be accepted": "材料齐全，可以受理",
    "Still missing {count} item(s): {items}": "尚缺 {count} 项：{items}",
    " (only items that may be handed in later; the application can be accepted)": "（均为容缺后补材料，可以先行受理）",
    "Notice": "告知单",
    "The ID number is not valid: {reason}": "身份证号有误：{reason}",
    "Please enter the applicant's name.": "请填写申请人姓名。",
    "Print preview is not available on this computer (QtPdf missing); use Save as PDF.":
        "本机无法打印预览（缺少 QtPdf 组件），请使用“另存为PDF”。",
    "One-time notice {no}": "一次性告知单 {no}",
    "notice": "告知单",
    "Card pickup": "领证查询",
    "Name, pinyin, last 4–6 digits of the ID number, acceptance no., phone ending":
        "姓名、拼音、身份证号后4-6位、受理号、手机尾号",
    "Hand out": "发证",
    "Timeline": "办理经过",
    "Type to search; a scanned acceptance number selects the card.": "输入即查询；扫描受理号可直接选中证件。",
    "First {count} card(s) shown; type more to narrow down": "仅显示前 {count} 张，请输入更多内容缩小范围",
    "{count} card(s) found": "找到 {count} 张证件",
    "Card lookup": "领证查询",
    "No card selected": "未选择证件",
    "Acceptance no.: {no}": "受理号：{no}",
    "ID number: {id}": "身份证号：{id}",
    "Accepted: {at}": "受理时间：{at}",
    "Promised by: {date}": "承诺办结：{date}",
    "Phone: {phone}": "电话：{phone}",
    "State": "状态",
    "Days waiting": "等待天数",
    "Storage place": "存放位置",
    "Hand out card": "发证",
    "The applicant in person": "本人领取",
    "A relative on the applicant's behalf": "亲属代领",
    "Proxy": "代领人",
    "Relation:": "关系：",
    "Before handing out": "发证前确认",
    "Old card collected": "已收回旧证",
    "Temporary ID card returned": "已收回临时身份证",
    "Import dispatch list…": "导入到证清单…",
    "Confirm arrival": "确认入库",
    "Choose a CSV or XLSX dispatch list to check it before anything changes.": "请选择 CSV 或 XLSX 到证清单，先核对，确认后才入库。",
    "Line": "行号",
    "Acceptance no.": "受理号",
    "Result": "结果",
    "Remark": "说明",
    "Card arrivals": "到证入库",
    "Arrived on": "到证日期",
    "Notify by": "通知期限",
    "Overdue": "超期",
    "Mark notified by phone": "标记已电话通知",
    "Mark notified by SMS": "标记已短信通知",
    "Export SMS CSV…": "导出短信CSV…",
    "Print pickup notice": "打印领证通知",
    "To be notified": "待通知",
    "Import dispatch list": "导入到证清单",
    "Dispatch lists (*.csv *.xlsx)": "到证清单 (*.csv *.xlsx)",
    "The file cannot be read: {reason}": "无法读取文件：{reason}",
    "Stored at {place}": "存放于 {place}",
    "{file}: {count} card(s) marked arrived, {other} row(s) left out": "{file}：已入库 {count} 张，未入库 {other} 行",
    "{file}: {total} row(s), {count} can be marked arrived, {other} cannot": "{file}：共 {total} 行，可入库 {count} 行，不能入库 {other} 行",
    " (this file was imported before)": "（此文件以前已导入过）",
    "Arrived": "已入库",
    "OK": "可入库",
    "Left out": "不入库",
    "{count} holder(s) to notify": "待通知 {count} 人",
    "Select the holders who were notified first.": "请先选择已通知的证件。",
    "Export SMS CSV": "导出短信CSV",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "The file cannot be saved: {reason}": "无法保存文件：{reason}",
    "Select one holder to print the pickup notice for.": "请选择一张证件打印领证通知。",
    "Pickup notice {no}": "领证通知 {no}",
    "Arrivals and notices": "到证与通知",
}


def main() -> int:
    tree = ET.parse(TS)
    unknown = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in ZH_CN:
            translation.text = ZH_CN[source]
            del translation.attrib["type"]
        else:
            unknown.append(source)
    ET.indent(tree)
    with TS.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    for source in unknown:
        print(f"no translation for: {source!r}", file=sys.stderr)
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())

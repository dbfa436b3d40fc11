"""Ticker and "trending" headlines of the aggregators: unrelated to any story page (written for this project).

They are the boilerplate an extractor must drop; they must never end up in a stored body.
"""

from __future__ import annotations

TICKER_AR: tuple[str, ...] = (
    "محافظ الجيزة يتفقد أعمال رصف طريق المريوطية",
    "جامعة المنصورة تعلن مواعيد امتحانات منتصف الفصل الدراسي",
    "ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء بالشرقية",
    "وزير الصحة يفتتح وحدة لعلاج الحروق بمستشفى بنها الجامعي",
    "الأهلي يواصل استعداداته لمواجهة الدوري بمران صباحي",
    "انخفاض أسعار الطماطم في سوق العبور اليوم",
    "رئيس الوزراء يتابع موقف مشروعات الإسكان الاجتماعي بالعاشر من رمضان",
    "تحرير 120 مخالفة مرورية في حملة على الطريق الدائري",
    "الزمالك يعلن تشخيص إصابة لاعب الوسط",
    "مجلس النواب يناقش تعديلات قانون الإيجار القديم الأسبوع المقبل",
    "افتتاح معرض للحرف اليدوية بقصر ثقافة أسيوط",
    "سعر الذهب عيار 21 يرتفع 15 جنيهًا في التعاملات المسائية",
    "الأرصاد: أمطار خفيفة على السواحل الشمالية غدًا",
    "إطلاق قافلة طبية مجانية لأهالي قرى الفيوم",
    "البورصة تربح 9 مليارات جنيه في ختام تعاملات الأسبوع",
    "وزير الري يبحث مع سفير أوغندا التعاون في مشروعات المياه",
    "ضبط عصابة سرقة الدراجات النارية في الإسماعيلية",
    "محافظ أسوان يستقبل وفدًا سياحيًا من اليابان",
    "الصحة تطلق حملة للتطعيم ضد شلل الأطفال في 14 محافظة",
    "الإسماعيلي يتعاقد مع مدرب حراس جديد",
    "تموين القاهرة تحرر 45 محضرًا لمخابز مخالفة",
    "البنك المركزي يطرح أذون خزانة بقيمة 40 مليار جنيه",
    "انتهاء أعمال تطوير كورنيش بني سويف",
    "نقابة الصحفيين تعلن موعد انتخابات التجديد النصفي",
)

TRENDING_EN: tuple[str, ...] = (
    "Markets in Asia open higher as tech shares rebound",
    "Heavy snow disrupts flights across northern Europe",
    "Tennis: top seed cruises into quarter-finals",
    "New metro line opens in Riyadh's eastern districts",
    "Scientists map coral bleaching along the Red Sea coast",
    "Football: late penalty settles derby in Casablanca",
    "Tech firms face new data rules in the Gulf",
    "Gold edges lower as the dollar firms",
)

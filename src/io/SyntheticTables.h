// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

// The tables the synthetic customers are drawn from (attributes.md ranges, domain.md kinds): the
// mix of kinds in a city grid company, names, regions and industries. Internal to
// SyntheticCustomers.cpp.
namespace portrait::SyntheticTables {

// Columns, in the order of CanonicalAttributes::all().
enum Column {
    No, Name, Credit, EntityKind, Elec, IndustryCode, IndustryName, Volt, Kva, MaxLoad, Kwh, Growth,
    PriceMode, Market, Importance, UrbanRural, Region, FirstSupply, Account, Project, Building,
    Pv, StorageKw, StorageKwh, EvKw, DrPeak, Adjustable, Co2, Tce, Ets, Park, GreenKwh, Overdue,
    Arrears, Labels
};

enum class Kind {
    Household, Micro, Building, Public, OtherCI, Manufacturing, HeavyIndustry, Farm, Generator,
    Plant, Storage, Charging, Aggregator, Microgrid, Retailer, Park, Government, Bank, GridUnit,
    Unplaced
};

// Shares per 10,000 customers: a city where households dominate, with enough of every new kind
// of customer that a 5,000-customer sample still has each of them.
struct KindWeight
{
    Kind kind;
    int weight;
};
inline constexpr KindWeight kMix[] = {
    {Kind::Household, 6900}, {Kind::Micro, 1000}, {Kind::Building, 300}, {Kind::Public, 200},
    {Kind::OtherCI, 200},    {Kind::Manufacturing, 320}, {Kind::HeavyIndustry, 150},
    {Kind::Farm, 400},       {Kind::Generator, 100}, {Kind::Plant, 20}, {Kind::Storage, 30},
    {Kind::Charging, 50},    {Kind::Aggregator, 20}, {Kind::Microgrid, 20}, {Kind::Retailer, 20},
    {Kind::Park, 30},        {Kind::Government, 40}, {Kind::Bank, 20}, {Kind::GridUnit, 30},
    {Kind::Unplaced, 150},
};

inline const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
inline const char *const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
                              "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英"};
inline const char *const kBrands[] = {"恒达", "华盛", "鑫源", "宏远", "金泰", "瑞丰", "永安", "中联",
                               "新奥", "东方", "天成", "博远", "汇通", "龙腾", "明阳", "正泰"};
inline const char *const kRegions[] = {"城东区", "城西区", "高新区", "南湖区", "北山区", "清河县", "临江县"};
inline const char *const kRegionCodes[] = {"330102", "330103", "330108", "330104", "330105", "330122", "330127"};

struct Industry
{
    const char *code, *name;
};
inline const Industry kManufacturing[] = {{"1310", "谷物磨制"}, {"1810", "纺织服装制造"},
                                   {"2210", "纸浆制造"}, {"2710", "化学药品制造"},
                                   {"2920", "塑料制品"}, {"3410", "金属结构制造"},
                                   {"3520", "专用设备制造"}, {"3670", "汽车零部件制造"},
                                   {"3940", "电子器件制造"}, {"4010", "仪器仪表制造"}};
inline const Industry kHeavy[] = {{"2511", "原油加工"}, {"2611", "无机酸制造"}, {"3110", "水泥制造"},
                           {"3210", "炼钢"}, {"3240", "铁合金冶炼"}, {"3316", "铝冶炼"},
                           {"4411", "火力发电"}};

} // namespace portrait::SyntheticTables
